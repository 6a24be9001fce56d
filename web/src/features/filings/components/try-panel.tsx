import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, InputNumber, Select, Space, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { Panel } from '../../../components/panel';
import { messageOf } from '../../../lib/api-error';
import { useFilingPreview } from '../api/preview-score';
import type { RuleDocument } from '../model/rule-document';
import { itemsOf } from '../model/rule-document';
import { honourLevelLabels, memberKindLabels } from '../model/rule-labels';
import {
  cycleOf,
  needsOf,
  periodEnd,
  periodOptions,
  SampleEntry,
  SampleFacts,
  sampleFacts,
} from '../model/sample-facts';
import { DayPicker } from './day-picker';
import { PreviewResult } from './preview-result';

const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

/** 试算: the submitted rules (previewScore on the filing) on sample entries typed here; nothing is saved. */
export function TryPanel({ filingId, doc }: { filingId: string; doc: RuleDocument }) {
  const preview = useFilingPreview();
  const cycle = cycleOf(doc.cycle.start, today());
  const [period, setPeriod] = useState(String(cycle));
  const [asOf, setAsOf] = useState('');
  const [memberKind, setMemberKind] = useState<SampleFacts['memberKind']>('FULL');
  const [entries, setEntries] = useState<SampleEntry[]>([{ key: 1 }]);
  const [problem, setProblem] = useState<string | null>(null);
  const items = useMemo(() => itemsOf(doc), [doc]);
  const itemOptions = useMemo(
    () =>
      doc.components
        .map((c) => ({
          label: c.label,
          options: items.filter((i) => i.component === c).map(({ item }) => ({ value: item.code, label: item.label })),
        }))
        .filter((group) => group.options.length > 0),
    [doc, items],
  );
  const periods = [cycle - 1, cycle].flatMap((year) => periodOptions(doc, year));
  const update = (key: number, change: Partial<SampleEntry>) =>
    setEntries((all) => all.map((e) => (e.key === key ? { ...e, ...change } : e)));

  const run = () => {
    const built = sampleFacts(doc, { period, asOf: asOf || periodEnd(doc.cycle.start, period), memberKind, entries });
    if ('problem' in built) return setProblem(built.problem);
    setProblem(null);
    preview.mutate({ filingId, facts: built.facts }, { onError: (error) => setProblem(messageOf(error)) });
  };

  return (
    <Panel title="试算" size="small" style={{ marginBottom: 16 }}>
      <Space wrap style={{ marginBottom: 8 }}>
        <Select aria-label="期间" style={{ width: 190 }} value={period} options={periods} onChange={setPeriod} />
        <DayPicker
          label="评价日期"
          placeholder={`评价日期（缺省为期末 ${periodEnd(doc.cycle.start, period)}）`}
          width={250}
          onChange={setAsOf}
        />
        <Select
          aria-label="人员类别"
          style={{ width: 130 }}
          value={memberKind}
          options={Object.entries(memberKindLabels).map(([value, label]) => ({ value, label }))}
          onChange={setMemberKind}
        />
      </Space>
      {entries.map((entry, i) => {
        const needs = needsOf(items.find((x) => x.item.code === entry.item)?.item);
        return (
          <div
            key={entry.key}
            data-entry={i + 1}
            style={{ display: 'flex', gap: 8, flexWrap: 'wrap', marginBottom: 8 }}
          >
            <Tag style={{ alignSelf: 'center' }}>{i + 1}</Tag>
            <Select
              aria-label={`第 ${i + 1} 条的项目`}
              showSearch
              optionFilterProp="label"
              placeholder="选择项目"
              style={{ width: 300 }}
              value={entry.item}
              options={itemOptions}
              onChange={(item: string) => update(entry.key, { item })}
            />
            <DayPicker
              label={`第 ${i + 1} 条的日期`}
              placeholder="发生日期"
              width={140}
              onChange={(date) => update(entry.key, { date })}
            />
            {needs.points !== null && (
              <InputNumber
                aria-label={`第 ${i + 1} 条的分值`}
                placeholder={`分值（至多 ${needs.points}）`}
                min={0}
                max={needs.points}
                step={0.5}
                style={{ width: 140 }}
                value={entry.points}
                onChange={(points) => update(entry.key, { points })}
              />
            )}
            {needs.unit !== null && (
              <InputNumber
                aria-label={`第 ${i + 1} 条的数量`}
                min={0}
                addonAfter={needs.unit}
                style={{ width: 120 }}
                value={entry.quantity}
                onChange={(quantity) => update(entry.key, { quantity })}
              />
            )}
            {needs.levels !== null && (
              <Select
                aria-label={`第 ${i + 1} 条的级别`}
                placeholder="级别"
                style={{ width: 150 }}
                value={entry.level}
                options={needs.levels.map((l) => ({ value: l, label: honourLevelLabels[l] }))}
                onChange={(level) => update(entry.key, { level })}
              />
            )}
            {needs.leading && (
              <Checkbox
                checked={entry.leading ?? false}
                onChange={(e) => update(entry.key, { leading: e.target.checked })}
              >
                起带头作用
              </Checkbox>
            )}
            <Button
              aria-label={`删除第 ${i + 1} 条`}
              icon={<DeleteOutlined />}
              disabled={entries.length === 1}
              onClick={() => setEntries((all) => all.filter((e) => e.key !== entry.key))}
            />
          </div>
        );
      })}
      <Space style={{ marginBottom: 12 }}>
        <Button
          icon={<PlusOutlined />}
          onClick={() => setEntries((all) => [...all, { key: Math.max(...all.map((e) => e.key)) + 1 }])}
        >
          添加记录
        </Button>
        <Button type="primary" loading={preview.isPending} onClick={run}>
          试算
        </Button>
      </Space>
      {problem && <Alert role="alert" type="error" showIcon message={problem} style={{ marginBottom: 12 }} />}
      {preview.data && !problem && <PreviewResult result={preview.data.previewScore} />}
    </Panel>
  );
}
