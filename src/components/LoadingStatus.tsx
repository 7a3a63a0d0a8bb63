// The loading line under the header: reading the data files, then checking
// the quotes against the report texts (after the charts are drawn).
export interface ProgressState {
  /** Chinese label, e.g. "正在读取数据" or "正在核对引文". */
  label: string;
  done: number;
  total: number;
  /** The file being read, when known. */
  detail?: string;
}

export function LoadingStatus({ progress }: { progress: ProgressState }) {
  const { label, done, total, detail } = progress;
  return (
    <div className="loading-status" role="status" aria-live="polite">
      <span>
        {label} {total > 0 ? `${done}/${total}` : ''}
        {detail ? `：${detail}` : ''}
      </span>
      <progress max={Math.max(total, 1)} value={total > 0 ? done : undefined} aria-label={label} />
    </div>
  );
}
