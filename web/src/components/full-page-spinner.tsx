import { Spin } from 'antd';

export function FullPageSpinner() {
  return (
    <div style={{ minHeight: '60vh', display: 'grid', placeItems: 'center' }}>
      <Spin size="large" tip="正在加载…">
        <div style={{ width: 120, height: 60 }} />
      </Spin>
    </div>
  );
}
