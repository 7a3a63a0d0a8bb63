// 导出Word on the 简报: the brief as an editable .docx (meeting packs are Word/WPS).
import { useProvenanceIndex } from '../app/provenance-context';
import type { BriefHistory } from '../brief/histories';
import type { UnreadRowsClaim } from '../brief/claims/types';
import type { DashboardModel } from '../model/types';
import { ExportFileButton } from './ExportFileButton';

export function BriefWordButton({ model, history, unread }: { model: DashboardModel; history: BriefHistory; unread: UnreadRowsClaim | null }) {
  const provenance = useProvenanceIndex();
  return (
    <ExportFileButton
      label="导出Word"
      what="Word文档"
      description="简报的可编辑Word文档（.docx）：主要发现、图表、表格和尾注"
      disabled={!provenance}
      run={async (progress) => {
        if (!provenance) throw new Error('数据尚未读取完毕');
        return (await import('./word-export-actions')).downloadBriefDocx(model, history, unread, provenance, progress);
      }}
    />
  );
}
