// Nothing ends in a blank page: a render error anywhere below shows a Chinese
// message with what to do, and the technical detail folded away.
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** Shown in the message: "概览" etc., when the boundary wraps one view. */
  area?: string;
}

interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept in the console for whoever maintains the page; the reader sees the message below.
    console.warn('页面出错', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="error-box" role="alert">
        <h2>{this.props.area ? `“${this.props.area}”无法显示` : '页面无法显示'}</h2>
        <p>页面在显示数据时出错。请刷新页面重试；如果问题仍然存在，请检查 data 文件夹中最近修改的文件，或联系维护人员。</p>
        <details>
          <summary>技术信息</summary>
          <pre>{String(error.message || error)}</pre>
        </details>
        <button type="button" onClick={() => this.setState({ error: null })}>
          重试
        </button>
      </div>
    );
  }
}
