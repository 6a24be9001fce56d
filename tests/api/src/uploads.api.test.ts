import { randomUUID } from 'node:crypto';
import { Caller, Role } from '@jifen/kit';
import ExcelJS from 'exceljs';
import { workbookParts, zipOf } from '../../../services/ledger/src/import/import-test-kit';
import { dataOf, Document, errorCodeOf, startTestPlatform, TestPlatform } from '../../support/src/test-platform';
import { apiGraphql } from './generated/api';
import type { AddMemberInput, OrgLevel } from './generated/api/graphql';

const MB = 1024 * 1024;
const HEADER = '党员编号,姓名,项目,日期';
const csvOf = (rows: string[]) => `\uFEFF${HEADER}\n${rows.join('\n')}\n`;
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('表扬信照片')]);
const IMPORT = apiGraphql(
  `mutation UploadsImportEntries($i: ImportEntriesInput!, $key: String) { importEntries(input: $i, clientKey: $key) { id state memberId } }`,
);

/**
 * Files through the gateway's upload path (`POST /uploads/evidence`, `POST /uploads/import`), then referenced
 * by id: the caller identified first, the size counted while the body streams, the type checked, the rights
 * of the branch applied, an import file used once, by its uploader, at its branch.
 */
describe('uploads through the gateway', () => {
  let platform: TestPlatform;
  const now = new Date('2024-04-02T08:00:00Z');
  const org: Record<string, { id: string; path: string }> = {};
  const member: Record<string, string> = {};
  const caller: Record<'recorderA' | 'secretaryA' | 'recorderB' | 'memberA', Caller> = {} as never;
  const q = async <R, V>(query: Document<R, V>, variables: NoInfer<V>, as?: Caller) =>
    dataOf(await platform.query(query, variables, as));
  const sql = async (query: string, args: unknown[] = []) =>
    Number((await platform.services.ledger.dataSource.query(query, args))[0].n);
  const entries = (branch: string) => sql('SELECT count(*) AS n FROM ledger.entry WHERE branch_id = $1', [branch]);
  const kept = async () => ({
    evidence: await sql('SELECT count(*) AS n FROM ledger.evidence'),
    pending: await sql('SELECT count(*) AS n FROM ledger.pending_upload'),
  });
  const uploadCsv = (rows: string[], as: Caller, organizationId = org.a.id) =>
    platform.upload(
      'import',
      csvOf(rows),
      { organizationId, fileName: '四月出席.csv' },
      { contentType: 'text/csv', as },
    );

  beforeAll(async () => {
    platform = await startTestPlatform({ clock: () => now });
    const create = async (key: string, level: OrgLevel, name: string, parent?: string) => {
      org[key] = (
        await q(
          apiGraphql(
            `mutation UploadsCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id path } }`,
          ),
          {
            input: { level, name, parentId: parent ? org[parent].id : null },
          },
        )
      ).createOrganization;
    };
    await create('district', 'DISTRICT', '上传区');
    await create('town', 'TOWNSHIP', '上传镇党委', 'district');
    await create('a', 'BRANCH', '东村党支部', 'town');
    await create('b', 'BRANCH', '西村党支部', 'town');
    for (const branch of [org.a, org.b]) {
      const filing = (
        await q(
          apiGraphql(
            `mutation UploadsAdoptTemplate($o: ID!) { adoptTemplate(organizationId: $o, templateCode: "finance-bureau") { id } }`,
          ),
          {
            o: branch.id,
          },
        )
      ).adoptTemplate;
      await q(apiGraphql(`mutation UploadsSubmitFiling($id: ID!) { submitFiling(id: $id) { id } }`), { id: filing.id });
      await q(
        apiGraphql(
          `mutation UploadsApproveFiling($id: ID!) { approveFiling(id: $id, effectiveFrom: "2024-01-01") { id } }`,
        ),
        { id: filing.id },
      );
    }
    for (const [key, unit, name, no] of [
      ['a1', 'a', '张明', 'U001'],
      ['a2', 'a', '李华', 'U002'],
      ['b1', 'b', '王芳', 'U003'],
    ]) {
      const input: AddMemberInput = {
        organizationId: org[unit].id,
        memberNo: no,
        name,
        gender: 'MALE',
        kind: 'FULL',
        joinDate: '2010-07-01',
        birthDate: '1980-01-01',
      };
      member[key] = (
        await q(apiGraphql(`mutation UploadsAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }`), {
          input,
        })
      ).addMember.id;
    }
    Object.assign(caller, {
      recorderA: { role: Role.BRANCH_RECORDER, scopePath: org.a.path, subject: 'account:recorder-a' },
      secretaryA: { role: Role.BRANCH_SECRETARY, scopePath: org.a.path, subject: 'account:secretary-a' },
      recorderB: { role: Role.BRANCH_RECORDER, scopePath: org.b.path, subject: 'account:recorder-b' },
      memberA: { role: Role.MEMBER, scopePath: org.a.path, subject: 'account:member-a1', memberId: member.a1 },
    });
  });
  afterAll(() => platform.stop());

  it('uploads a CSV and imports it by its id; the same clientKey answers the retry, the upload is then used up', async () => {
    const before = await entries(org.a.id);
    const uploaded = await uploadCsv(
      ['U001,张明,leaderPraise,2024-03-05', 'U002,李华,leaderPraise,2024-03-06'],
      caller.recorderA,
    );
    expect(uploaded).toEqual({
      status: 201,
      json: {
        id: expect.any(String),
        fileName: '四月出席.csv',
        format: 'CSV',
        size: expect.any(Number),
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
        expiresAt: expect.any(String),
      },
    });
    expect(Date.parse(uploaded.json.expiresAt) - Date.now()).toBeGreaterThan(50 * 60_000);
    const input = { i: { organizationId: org.a.id, uploadId: uploaded.json.id }, key: 'import-april' };
    const imported = (await q(IMPORT, input, caller.recorderA)).importEntries;
    expect(imported.map((e: { state: string; memberId: string }) => [e.state, e.memberId])).toEqual([
      ['DECLARED', member.a1],
      ['DECLARED', member.a2],
    ]);
    expect((await q(IMPORT, input, caller.recorderA)).importEntries).toEqual(imported);
    expect(await entries(org.a.id)).toBe(before + 2);
    const again = await platform.query(
      IMPORT,
      { i: { organizationId: org.a.id, uploadId: uploaded.json.id } },
      caller.recorderA,
    );
    expect(errorCodeOf(again)).toBe('UPLOAD_NOT_FOUND');
    expect(again.errors?.[0].message).toMatch(/^找不到编号为 .+ 的导入文件/);
    expect(await entries(org.a.id)).toBe(before + 2);
  });

  it('uploads an xlsx (its format from its bytes) and imports it accepted by the secretary', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('积分记录');
    sheet.addRow(HEADER.split(','));
    sheet.addRow(['U001', '张明', 'leaderPraise', new Date(Date.UTC(2024, 2, 20))]);
    const file = Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const uploaded = await platform.upload(
      'import',
      file,
      { organizationId: org.a.id, fileName: '三月.xlsx' },
      { contentType: 'application/octet-stream', as: caller.secretaryA },
    );
    expect(uploaded).toMatchObject({ status: 201, json: { format: 'XLSX', size: file.length } });
    const imported = (
      await q(IMPORT, { i: { organizationId: org.a.id, uploadId: uploaded.json.id, accept: true } }, caller.secretaryA)
    ).importEntries;
    expect(imported).toEqual([{ id: expect.any(String), state: 'ACCEPTED', memberId: member.a1 }]);
  });

  it('serves the import template of the branch’s scheme (/downloads/ledger/import-template.xlsx) to who may import into the branch; filled in, it imports', async () => {
    const file = await platform.download(
      'ledger',
      'import-template.xlsx',
      { organizationId: org.a.id },
      caller.recorderA,
    );
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(decodeURIComponent(file.headers.get('content-disposition') ?? '')).toContain('积分导入模板-东村党支部.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.body as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['积分记录', '项目']);
    const [entrySheet, itemSheet] = workbook.worksheets;
    const cells = (sheet: ExcelJS.Worksheet, row: number) => (sheet.getRow(row).values as unknown[]).slice(1);
    expect(cells(entrySheet, 1).slice(0, 4)).toEqual(HEADER.split(',').slice(0, 4));
    expect(cells(itemSheet, 1)).toEqual(['代码', '名称', '计分方式', '需填写']);
    const codes = Array.from({ length: itemSheet.rowCount - 1 }, (_, i) => cells(itemSheet, i + 2)[0]);
    expect(codes).toContain('leaderPraise');

    entrySheet.spliceRows(2, 1, ['U002', '李华', 'leaderPraise', new Date(Date.UTC(2024, 2, 22))]);
    const filled = Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const uploaded = await platform.upload(
      'import',
      filled,
      { organizationId: org.a.id, fileName: '积分导入模板-东村党支部.xlsx' },
      { contentType: 'application/octet-stream', as: caller.recorderA },
    );
    expect(uploaded).toMatchObject({ status: 201, json: { format: 'XLSX' } });
    const imported = (
      await q(IMPORT, { i: { organizationId: org.a.id, uploadId: uploaded.json.id } }, caller.recorderA)
    ).importEntries;
    expect(imported).toEqual([{ id: expect.any(String), state: 'DECLARED', memberId: member.a2 }]);

    const asMember = await platform.download(
      'ledger',
      'import-template.xlsx',
      { organizationId: org.a.id },
      caller.memberA,
    );
    expect([asMember.status, asMember.json?.error?.code]).toEqual([403, 'FORBIDDEN']);
    const elsewhere = await platform.download(
      'ledger',
      'import-template.xlsx',
      { organizationId: org.a.id },
      caller.recorderB,
    );
    expect([elsewhere.status, elsewhere.json?.error?.code]).toEqual([404, 'ORGANIZATION_NOT_FOUND']);
    expect(elsewhere.json?.error?.message).toMatch(/^找不到编号为 .+ 的组织，或您无权访问它/);
    const anonymous = await platform.download('ledger', 'import-template.xlsx', { organizationId: org.a.id }, null);
    expect(anonymous.status).toBe(401);
  });

  it('takes the evidence id from the upload path in a declaration; a member may upload for their own', async () => {
    const uploaded = await platform.upload(
      'evidence',
      png,
      { organizationId: org.a.id, fileName: '表扬信（三月）.png' },
      { contentType: 'image/png', as: caller.memberA },
    );
    expect(uploaded.status).toBe(201);
    const declared = (
      await q(
        apiGraphql(
          `mutation UploadsDeclareEntry($i: DeclareEntryInput!) { declareEntry(input: $i) { evidence { id fileName size } } }`,
        ),
        { i: { memberId: member.a1, item: 'leaderPraise', occurredOn: '2024-03-21', evidenceIds: [uploaded.json.id] } },
        caller.memberA,
      )
    ).declareEntry;
    expect(declared.evidence).toEqual([{ id: uploaded.json.id, fileName: '表扬信（三月）.png', size: png.length }]);
    // A retried upload with the same clientKey answers as the first one and keeps nothing more.
    const before = await kept();
    const once = { organizationId: org.a.id, fileName: '会议照片.png', clientKey: 'photo-0321' };
    const first = await platform.upload('evidence', png, once, { contentType: 'image/png', as: caller.memberA });
    expect(await platform.upload('evidence', png, once, { contentType: 'image/png', as: caller.memberA })).toEqual(
      first,
    );
    expect(await kept()).toEqual({ ...before, evidence: before.evidence + 1 });
    const imported = await uploadCsv(['U001,张明,leaderPraise,2024-03-05'], caller.memberA);
    expect(imported).toMatchObject({
      status: 403,
      json: { error: { code: 'FORBIDDEN', message: expect.stringMatching(/^您的账号无权记录台账/) } },
    });
  });

  it('refuses a file past the limit with 413 before the ledger keeps anything, whether its length is declared or it streams', async () => {
    const before = await kept();
    const declared = await platform.upload(
      'evidence',
      Buffer.alloc(10 * MB + 1),
      { organizationId: org.a.id, fileName: '大照片.png' },
      { contentType: 'image/png', as: caller.recorderA },
    );
    expect(declared).toMatchObject({
      status: 413,
      json: {
        error: {
          code: 'FILE_TOO_LARGE',
          message: '文件超过 10 MB，请压缩或拆分后再上传',
          requestId: expect.any(String),
        },
      },
    });
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 8 * MB) return controller.close();
        sent += 256 * 1024;
        controller.enqueue(new Uint8Array(256 * 1024).fill(0x61));
      },
    });
    const url = `${new URL(platform.gatewayUrl).origin}/uploads/import?organizationId=${org.a.id}&fileName=big.csv`;
    const streamed = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', authorization: `Bearer ${platform.sessionFor(caller.recorderA)}` },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(((await streamed.json()) as { error: { code: string } }).error.code).toBe('FILE_TOO_LARGE');
    expect(await kept()).toEqual(before);
  });

  it('refuses a file that is not of its kind with 415, keeping nothing', async () => {
    const before = await kept();
    const pdfAsPng = await platform.upload(
      'evidence',
      Buffer.from('%PDF-1.7\n...'),
      { organizationId: org.a.id, fileName: '通知.png' },
      { contentType: 'image/png', as: caller.recorderA },
    );
    expect(pdfAsPng).toMatchObject({
      status: 415,
      json: { error: { code: 'UNSUPPORTED_FILE_TYPE', message: '文件实际是 PDF 文件，与所报类型（PNG 图片）不符' } },
    });
    const exe = await platform.upload(
      'evidence',
      Buffer.from('MZ'),
      { organizationId: org.a.id, fileName: 'a.exe' },
      { contentType: 'application/x-msdownload', as: caller.recorderA },
    );
    expect(exe).toMatchObject({ status: 415, json: { error: { code: 'UNSUPPORTED_FILE_TYPE' } } });
    const pngAsImport = await platform.upload(
      'import',
      png,
      { organizationId: org.a.id, fileName: '照片.csv' },
      { contentType: 'text/csv', as: caller.recorderA },
    );
    expect(pngAsImport).toMatchObject({
      status: 415,
      json: {
        error: {
          code: 'UNSUPPORTED_FILE_TYPE',
          message: '只接受 CSV（UTF-8）或 Excel 工作簿（xlsx），这个文件是PNG 图片',
        },
      },
    });
    const gbk = await platform.upload(
      'import',
      Buffer.from([0xb5, 0xb3, 0xd4, 0xb1, 0x0d, 0x0a]),
      { organizationId: org.a.id, fileName: '名单.csv' },
      { contentType: 'text/csv', as: caller.recorderA },
    );
    expect(gbk).toMatchObject({
      status: 415,
      json: { error: { code: 'UNSUPPORTED_FILE_TYPE', message: expect.stringMatching(/不是 UTF-8 编码/) } },
    });
    expect(await kept()).toEqual(before);
  });

  it('refuses an anonymous upload with 401, and a missing name or branch with 400, keeping nothing', async () => {
    const before = await kept();
    for (const kind of ['evidence', 'import'] as const) {
      const anonymous = await platform.upload(
        kind,
        png,
        { organizationId: org.a.id, fileName: 'a.png' },
        { contentType: 'image/png', as: null },
      );
      expect(anonymous).toMatchObject({
        status: 401,
        json: { error: { code: 'UNAUTHENTICATED', message: expect.stringMatching(/^请先登录/) } },
      });
    }
    const noName = await platform.upload(
      'evidence',
      png,
      { organizationId: org.a.id },
      { contentType: 'image/png', as: caller.recorderA },
    );
    expect(noName).toMatchObject({
      status: 400,
      json: { error: { code: 'INVALID_EVIDENCE', message: expect.stringMatching(/文件名不能为空/) } },
    });
    const noBranch = await platform.upload(
      'import',
      csvOf([]),
      { fileName: 'a.csv' },
      { contentType: 'text/csv', as: caller.recorderA },
    );
    expect(noBranch).toMatchObject({
      status: 400,
      json: { error: { code: 'INVALID_UPLOAD', message: '请用 organizationId 参数指明上传到哪个党支部' } },
    });
    expect(await kept()).toEqual(before);
  });

  it('answers another branch’s upload, or another account’s, as unknown', async () => {
    const ofB = await uploadCsv(['U003,王芳,leaderPraise,2024-03-05'], caller.recorderB, org.b.id);
    expect(ofB.status).toBe(201);
    const here = await platform.query(
      IMPORT,
      { i: { organizationId: org.a.id, uploadId: ofB.json.id } },
      caller.recorderA,
    );
    expect(errorCodeOf(here)).toBe('UPLOAD_NOT_FOUND');
    const there = await platform.query(
      IMPORT,
      { i: { organizationId: org.b.id, uploadId: ofB.json.id } },
      caller.recorderA,
    );
    expect(errorCodeOf(there)).toBe('ORGANIZATION_NOT_FOUND');
    const toB = await uploadCsv(['U003,王芳,leaderPraise,2024-03-05'], caller.recorderA, org.b.id);
    expect(toB).toMatchObject({ status: 404, json: { error: { code: 'ORGANIZATION_NOT_FOUND' } } });
    const ofRecorder = await uploadCsv(['U001,张明,leaderPraise,2024-03-05'], caller.recorderA);
    const bySecretary = await platform.query(
      IMPORT,
      { i: { organizationId: org.a.id, uploadId: ofRecorder.json.id } },
      caller.secretaryA,
    );
    expect(errorCodeOf(bySecretary)).toBe('UPLOAD_NOT_FOUND');
    const unknown = await platform.query(
      IMPORT,
      { i: { organizationId: org.a.id, uploadId: randomUUID() } },
      caller.recorderA,
    );
    expect(errorCodeOf(unknown)).toBe('UPLOAD_NOT_FOUND');
    const malformed = await platform.query(
      IMPORT,
      { i: { organizationId: org.a.id, uploadId: 'not-an-id' } },
      caller.recorderA,
    );
    expect(errorCodeOf(malformed)).toBe('INVALID_ID');
    expect(await entries(org.b.id)).toBe(0);
  });

  it('refuses an import of more than 1,000 rows with IMPORT_REJECTED, writing nothing', async () => {
    const before = await entries(org.a.id);
    const rows = Array.from(
      { length: 1001 },
      (_, i) => `U00${1 + (i % 2)},${i % 2 ? '李华' : '张明'},leaderPraise,2024-03-05`,
    );
    const uploaded = await uploadCsv(rows, caller.recorderA);
    expect(uploaded.status).toBe(201);
    const refused = await platform.query(
      IMPORT,
      { i: { organizationId: org.a.id, uploadId: uploaded.json.id } },
      caller.recorderA,
    );
    expect(errorCodeOf(refused)).toBe('IMPORT_REJECTED');
    expect(refused.errors?.[0].message).toBe(
      '导入文件有 1 行有问题，全部未导入：第 1 行数据超过一次最多导入的 1000 行（第 1002 行已是第 1001 行数据），请分成几个文件导入',
    );
    expect(await entries(org.a.id)).toBe(before);
  });

  it('refuses a zip bomb and a 5 MB CSV (about 150,000 rows) at importEntries, the ledger’s heap flat (the services run in this process)', async () => {
    const before = await entries(org.a.id);
    const header =
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>党员编号</t></is></c></row>';
    const spaces = Buffer.alloc(MB, 0x20);
    const bomb = await zipOf(
      workbookParts([header, ...Array.from({ length: 150 }, () => spaces), '</sheetData></worksheet>']),
    );
    const line = 'U001,张明,leaderPraise,2024-03-05\n';
    const many = `${HEADER}\n${line.repeat(Math.floor((5 * MB - 100) / Buffer.byteLength(line)))}`;
    const uploads = [
      await platform.upload(
        'import',
        bomb,
        { organizationId: org.a.id, fileName: '炸弹.xlsx' },
        { contentType: 'application/octet-stream', as: caller.recorderA },
      ),
      await platform.upload(
        'import',
        many,
        { organizationId: org.a.id, fileName: '十五万行.csv' },
        { contentType: 'text/csv', as: caller.recorderA },
      ),
    ];
    expect(uploads.map((u) => [u.status, u.json.format])).toEqual([
      [201, 'XLSX'],
      [201, 'CSV'],
    ]);
    const held = () => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
    const start = held();
    let peak = start;
    const sampler = setInterval(() => (peak = Math.max(peak, held())), 2);
    const answers = [];
    try {
      for (const upload of uploads)
        answers.push(
          await platform.query(IMPORT, { i: { organizationId: org.a.id, uploadId: upload.json.id } }, caller.recorderA),
        );
    } finally {
      clearInterval(sampler);
    }
    expect(answers.map((a) => [errorCodeOf(a), a.errors?.[0].message])).toEqual([
      [
        'IMPORT_REJECTED',
        expect.stringMatching(/^导入文件未导入：工作簿中的“xl\/worksheets\/sheet1\.xml”解压后超过 8 MB/),
      ],
      ['IMPORT_REJECTED', expect.stringMatching(/数据超过一次最多导入的 1000 行/)],
    ]);
    expect(Math.max(peak, held()) - start).toBeLessThan(50 * MB);
    expect(await entries(org.a.id)).toBe(before);
  });
});
