import type { FilingQueueRowFragment } from '../../../gql/graphql';

/** A filing awaiting the committee: its branch by name, who submitted it and when (the latest 报送). */
export interface QueueRow {
  id: string;
  organizationName: string;
  schemeName: string;
  revision: string;
  note: string | null;
  submittedBy: string;
  submittedAt: string;
}

/**
 * The filings the committee at `scopePath` decides: submitted by a node strictly below it (its own filings go to its
 * upper level), the longest waiting first.
 */
export function filingQueue(filings: readonly FilingQueueRowFragment[], scopePath: string): QueueRow[] {
  const rows: QueueRow[] = [];
  for (const f of filings) {
    const org = f.organization;
    if (f.status !== 'SUBMITTED' || !org || !org.path.startsWith(`${scopePath}.`)) continue;
    const submit = [...f.history].reverse().find((e) => e.action === 'SUBMIT');
    rows.push({
      id: f.id,
      organizationName: org.name,
      schemeName: f.scheme.name,
      revision: revisionOf(f),
      note: f.note ?? null,
      submittedBy: submit?.actorName ?? '—',
      submittedAt: submit?.at ?? f.updatedAt,
    });
  }
  return rows.sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));
}

/** What the filing is: a revision of its scheme's version, a new scheme on another's version, or one from a template. */
export function revisionOf(f: Pick<FilingQueueRowFragment, 'baseVersion' | 'scheme'>): string {
  const base = f.baseVersion;
  if (base && base.scheme.id === f.scheme.id) return `修订第 ${base.version} 版`;
  if (base) return `以“${base.scheme.name}”第 ${base.version} 版为底稿的新方案`;
  return f.scheme.templateCode ? '采用模板的新方案' : '新方案';
}
