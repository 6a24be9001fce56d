import { randomUUID } from 'node:crypto';
import { CycleLoaded, DistrictLoad } from '@jifen/seed';
import { DemoPlan } from './demo-plan';

/**
 * Objections in the running windows: in the first branch's one (open), in the first running window of each other
 * township (open), and one answered by its branch (not upheld) in another window of the first township, where the
 * member appeals to the township (waiting for its committee's decision); each about a member with entries in the
 * period, never the `member` account's own score.
 */
export async function raiseObjections(
  load: DistrictLoad,
  demo: DemoPlan,
  current: CycleLoaded,
): Promise<{ open: number; answered: number; appealed: number }> {
  const { plan } = load;
  const branchOf = new Map(plan.branches.map((b) => [b.key, b]));
  const chosen: CycleLoaded['running'] = [];
  const byTownship = new Set<number>();
  for (const w of current.running) {
    const township = branchOf.get(w.branchKey)!.townshipIndex;
    if (w.branchKey === demo.accounts.branchKey || !byTownship.has(township)) {
      chosen.push(w);
      byTownship.add(township);
    }
  }
  const first = branchOf.get(demo.accounts.branchKey)!.townshipIndex;
  const others = current.running.filter((w) => !chosen.includes(w));
  const answered = others.find((w) => branchOf.get(w.branchKey)!.townshipIndex === first) ?? others[0];
  let appealed = 0;
  let open = 0;
  let closed = 0;
  for (const w of [...chosen, ...(answered ? [answered] : [])]) {
    const branch = branchOf.get(w.branchKey)!;
    const subject = branch.members.find(
      (i) => !plan.members[i].exempt && !plan.members[i].tail && i !== demo.accounts.memberIndex,
    );
    if (subject === undefined) continue;
    const objection = await load.ctx.call<{ raiseObjection: { id: string } }>(
      'ledger',
      'mutation($input: RaiseObjectionInput!, $clientKey: String) { raiseObjection(input: $input, clientKey: $clientKey) { id } }',
      {
        clientKey: randomUUID(),
        input: {
          windowId: w.windowId,
          memberId: load.memberIds[subject],
          content: `对${plan.members[subject].name}同志 ${w.period} 的积分有异议：所报志愿服务次数与社区登记不符，请支部核实`,
        },
      },
    );
    if (w === answered) {
      await load.ctx.call(
        'ledger',
        'mutation($id: ID!, $a: String!) { answerObjection(id: $id, answer: $a, upheld: false) { id } }',
        {
          id: objection.raiseObjection.id,
          a: '经支委会核实，志愿服务记录与社区签到表一致，积分无误，异议不成立',
        },
      );
      closed += 1;
      if (branch.townshipIndex !== first) continue;
      await load.ctx.call(
        'ledger',
        'mutation($id: ID!, $c: String!) { appealObjection(id: $id, content: $c) { id } }',
        {
          id: objection.raiseObjection.id,
          c: '对支部答复不服：社区签到表上有两次活动本人并未参加，签名不是本人所签，请镇党委复核',
        },
      );
      appealed += 1;
    } else open += 1;
  }
  load.ctx.say(
    `  公示期内的异议 ${open + closed} 条（待答复 ${open} 条，已答复 ${closed} 条，其中向镇党委申诉待处理 ${appealed} 条）`,
  );
  return { open, answered: closed, appealed };
}
