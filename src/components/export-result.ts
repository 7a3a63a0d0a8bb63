// What a whole-view export reports back to its button (ExportFileButton).
export type Progress = (message: string) => void;

export interface ExportResult {
  filename: string;
  /** Charts drawn as a note instead of a picture (the table still has their figures). */
  missingPictures: string[];
}
