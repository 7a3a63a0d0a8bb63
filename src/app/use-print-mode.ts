// React view of the print-mode store (print-mode.ts).
import { useSyncExternalStore } from 'react';
import { getPrintMode, subscribePrintMode, type PrintMode } from './print-mode';

export function usePrintMode(): PrintMode {
  return useSyncExternalStore(subscribePrintMode, getPrintMode, getPrintMode);
}
