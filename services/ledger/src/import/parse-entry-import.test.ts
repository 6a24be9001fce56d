import { templateByCode } from '@jifen/rules';
import { Workbook } from 'exceljs';
import { itemList } from '../entry/entry-fields';
import { IMPORT_COLUMNS, IMPORT_LIMITS, ImportRow, parseEntryImport } from './index';
import { csv, day, roster, TODAY, xlsx } from './import-test-kit';

const town = templateByCode('town-attendance')!.rules;
const culture = templateByCode('culture-bureau')!.rules;
const members = roster(41);
const [wang, li, zhang] = members;

const HEADER = ['党员编号', '姓名', '项目', '日期', '数量', '级别', '牵头', '参与单位数', '分值', '事项', '说明'];
const none = { quantity: null, level: null, points: null, leading: null, contributors: null, matter: null, note: null };

describe('parseEntryImport: good files', () => {
  it('reads a CSV with a BOM, columns in any order, items by label or code, both date forms', async () => {
    const file = csv([
      [' 日期 ', '项目', '党员编号', '姓名', '说明', '分值', '牵头'],
      ['2024/3/5', '每月足额缴纳一次党费', 'D001', '王一', '', '', ''],
      ['2024-03-28', 'partyLecture', ' D002 ', '李 一', '三月党课', '', ''],
      ['', '', '', '', '', '', ''],
      ['2024/6/1', 'theoryEssay', 'D003', '张一', '“学党史”心得, 第一篇', '3.5', '是'],
    ]);
    const result = await parseEntryImport(file, 'CSV', town, members, TODAY);
    const rows: ImportRow[] = [
      { rowNumber: 2, memberId: wang.id, item: 'dues', occurredOn: '2024-03-05', ...none },
      { rowNumber: 3, memberId: li.id, item: 'partyLecture', occurredOn: '2024-03-28', ...none, note: '三月党课' },
      {
        rowNumber: 5,
        memberId: zhang.id,
        item: 'theoryEssay',
        occurredOn: '2024-06-01',
        ...none,
        points: 3.5,
        leading: true,
        note: '“学党史”心得, 第一篇',
      },
    ];
    expect(result).toEqual({ ok: true, rows });
  });

  it('reads a CSV without a BOM', async () => {
    const result = await parseEntryImport(
      csv([HEADER, ['D001', '王一', 'dues', '2024-01-31']], false),
      'CSV',
      town,
      members,
      TODAY,
    );
    expect(result).toEqual({
      ok: true,
      rows: [{ rowNumber: 2, memberId: wang.id, item: 'dues', occurredOn: '2024-01-31', ...none }],
    });
  });

  it('reads an xlsx with real date cells, number cells and a boolean', async () => {
    const file = await xlsx([
      HEADER,
      ['D001', '王一', '每季度参加一次党员大会', day('2024-04-02'), null, null, null, null, null, null, '第二季度'],
      [' ', null, null, '  '],
      ['D002', '李一', 'revolutionaryEducation', '2024/5/4', null, null, true, null, 2, null, null],
      ['D003', '张一', 'experienceAdopted', day('2024-05-20'), null, '市级', null, 3, null, null, null],
    ]);
    const withCulture = await parseEntryImport(
      file,
      'XLSX',
      { ...town, components: [...town.components, ...culture.components.filter((c) => c.code === 'contribution')] },
      members,
      TODAY,
    );
    expect(withCulture).toEqual({
      ok: true,
      rows: [
        { rowNumber: 2, memberId: wang.id, item: 'assembly', occurredOn: '2024-04-02', ...none, note: '第二季度' },
        {
          rowNumber: 4,
          memberId: li.id,
          item: 'revolutionaryEducation',
          occurredOn: '2024-05-04',
          ...none,
          points: 2,
          leading: true,
        },
        {
          rowNumber: 5,
          memberId: zhang.id,
          item: 'experienceAdopted',
          occurredOn: '2024-05-20',
          ...none,
          level: 'CITY',
          contributors: 3,
        },
      ],
    });
  });

  it('finds a member whose number lost its leading zeros in a number cell', async () => {
    const padded = [{ id: 'x', memberNo: '00123', name: '赵六', active: true }];
    const result = await parseEntryImport(
      await xlsx([HEADER, [123, '赵六', 'dues', day('2024-02-01')]]),
      'XLSX',
      town,
      padded,
      TODAY,
    );
    expect(result).toEqual({
      ok: true,
      rows: [{ rowNumber: 2, memberId: 'x', item: 'dues', occurredOn: '2024-02-01', ...none }],
    });
  });

  it('reads a 41-row attendance sheet', async () => {
    const lines = members.map((m, i) => [
      m.memberNo,
      m.name,
      i % 2 ? '每月参加一次党员活动日' : 'dues',
      `2024/${(i % 6) + 1}/${(i % 28) + 1}`,
    ]);
    const result = await parseEntryImport(await xlsx([HEADER, ...lines]), 'XLSX', town, members, TODAY);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.rows).toHaveLength(41);
    expect(result.rows.map((r) => r.rowNumber)).toEqual(Array.from({ length: 41 }, (_, i) => i + 2));
    expect(result.rows[40]).toEqual({
      rowNumber: 42,
      memberId: members[40].id,
      item: 'dues',
      occurredOn: '2024-05-13',
      ...none,
    });
    expect(result.rows[1]).toMatchObject({ memberId: li.id, item: 'activityDay', occurredOn: '2024-02-02' });
  });
});

describe('parseEntryImport: bad rows', () => {
  const one = async (row: (string | number)[], doc = town) =>
    parseEntryImport(csv([HEADER, row]), 'CSV', doc, members, TODAY);

  it('lists exactly the three bad rows of forty, and no rows', async () => {
    const lines = members.slice(0, 40).map((m) => [m.memberNo, m.name, 'dues', '2024-03-01']);
    lines[5] = ['D006', '王二', 'dues', '2024-03-01'];
    lines[17] = ['D018', members[17].name, '参加演讲', '2024-03-01'];
    lines[31] = ['D032', members[31].name, 'dues', '2024-07-01'];
    const result = await parseEntryImport(csv([HEADER, ...lines]), 'CSV', town, members, TODAY);
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          row: 7,
          column: '姓名',
          message: `姓名“王二”与名册中编号 D006 的党员“${members[5].name}”不一致，请核对党员编号`,
        },
        {
          row: 19,
          column: '项目',
          message: `方案中没有代码或名称为“参加演讲”的项目，本方案的项目有：${itemList(town)}（也可对照模板“项目”表填写）`,
        },
        { row: 33, column: '日期', message: '发生日期 2024-07-01 晚于今天（2024-06-30），只能登记已经发生的事' },
      ],
    });
  });

  it('catches a wrong number by the name', async () => {
    expect(await one(['D002', '王一', 'dues', '2024-03-01'])).toEqual({
      ok: false,
      problems: [{ row: 2, column: '姓名', message: '姓名“王一”与名册中编号 D002 的党员“李一”不一致，请核对党员编号' }],
    });
  });

  it('refuses a member not on the roster, or no longer active', async () => {
    const left = [{ ...wang, active: false }];
    expect(await one(['D999', '王一', 'dues', '2024-03-01'])).toEqual({
      ok: false,
      problems: [{ row: 2, column: '党员编号', message: '党员编号“D999”不在本支部名册中' }],
    });
    expect(
      await parseEntryImport(csv([HEADER, ['D001', '王一', 'dues', '2024-03-01']]), 'CSV', town, left, TODAY),
    ).toEqual({
      ok: false,
      problems: [{ row: 2, column: '党员编号', message: '党员“王一”（编号 D001）已不是本支部在册党员，不能登记积分' }],
    });
  });

  it('refuses an unknown item', async () => {
    expect(await one(['D001', '王一', 'noSuchItem', '2024-03-01'])).toEqual({
      ok: false,
      problems: [
        {
          row: 2,
          column: '项目',
          message: `方案中没有代码或名称为“noSuchItem”的项目，本方案的项目有：${itemList(town)}（也可对照模板“项目”表填写）`,
        },
      ],
    });
  });

  it('refuses a future date and an unreadable one', async () => {
    expect(await one(['D001', '王一', 'dues', '2024/7/1'])).toEqual({
      ok: false,
      problems: [
        { row: 2, column: '日期', message: '发生日期 2024-07-01 晚于今天（2024-06-30），只能登记已经发生的事' },
      ],
    });
    expect(await one(['D001', '王一', 'dues', '3月5日'])).toEqual({
      ok: false,
      problems: [{ row: 2, column: '日期', message: '日期“3月5日”无法识别，请写作 2024-03-05 或 2024/3/5' }],
    });
    expect(await one(['D001', '王一', 'dues', '2024/2/30'])).toEqual({
      ok: false,
      problems: [{ row: 2, column: '日期', message: '发生日期“2024-02-30”无效，应为实际存在的日期，格式 YYYY-MM-DD' }],
    });
  });

  it('refuses a missing level, an unknown level and takes the English code', async () => {
    expect(await one(['D001', '王一', 'innovationAward', '2024-03-01'], culture)).toEqual({
      ok: false,
      problems: [
        {
          row: 2,
          column: '级别',
          message: '“在上级业务部门创新成果评选中获奖”按级别计分，要填写级别：国家级、省级、市级',
        },
      ],
    });
    expect(await one(['D001', '王一', 'innovationAward', '2024-03-01', '', '银河级'], culture)).toEqual({
      ok: false,
      problems: [
        { row: 2, column: '级别', message: '级别“银河级”无法识别，可填：国家级、省级、市级、县级、乡镇级、单位、支部' },
      ],
    });
    expect(await one(['D001', '王一', 'innovationAward', '2024-03-01', '', 'provincial'], culture)).toMatchObject({
      ok: true,
      rows: [{ level: 'PROVINCIAL' }],
    });
  });

  it('reports every problem of a row, each in its column', async () => {
    expect(await one(['', '', 'theoryEssay', '', 'x', '', '也许', '', '9'])).toEqual({
      ok: false,
      problems: [
        { row: 2, column: '党员编号', message: '要填写党员编号' },
        { row: 2, column: '姓名', message: '要填写姓名' },
        { row: 2, column: '日期', message: '要填写日期' },
        { row: 2, column: '数量', message: '数量“x”不是数字' },
        { row: 2, column: '牵头', message: '牵头应填“是”或“否”（或留空），不能是“也许”' },
        {
          row: 2,
          column: '分值',
          message:
            '“撰写一篇理论学习心得（根据撰写的篇数、质量打分）”由支部酌情定分，要填写分值：大于 0，不超过 4，最多一位小数',
        },
      ],
    });
  });

  it('refuses content in a column without a header', async () => {
    expect(
      await parseEntryImport(
        csv([
          ['党员编号', '姓名', '项目', '日期'],
          ['D001', '王一', 'dues', '2024-03-01', '多余'],
        ]),
        'CSV',
        town,
        members,
        TODAY,
      ),
    ).toEqual({
      ok: false,
      problems: [{ row: 2, column: null, message: '第 5 列没有表头，其中的内容“多余”无法识别' }],
    });
  });
});

describe('parseEntryImport: bad files', () => {
  it('refuses unknown, repeated and missing columns on row 1', async () => {
    const result = await parseEntryImport(
      csv([
        ['党员编号', '名字', '项目', '项目'],
        ['D001', '王一', 'dues', 'dues'],
      ]),
      'CSV',
      town,
      members,
      TODAY,
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        { row: 1, column: '名字', message: `无法识别的列“名字”（第 2 列），可用的列：${IMPORT_COLUMNS.join('、')}` },
        { row: 1, column: '项目', message: '“项目”列出现了不止一次' },
        { row: 1, column: '姓名', message: '缺少“姓名”列' },
        { row: 1, column: '日期', message: '缺少“日期”列' },
      ],
    });
  });

  it('refuses more rows than the limit, on row 1, at the first row past it', async () => {
    const lines = members.slice(0, 4).map((m) => [m.memberNo, m.name, 'dues', '2024-03-01']);
    const three = { ...IMPORT_LIMITS, maxDataRows: 3 };
    const refused = {
      ok: false,
      problems: [
        { row: 1, column: null, message: '数据超过一次最多导入的 3 行（第 5 行已是第 4 行数据），请分成几个文件导入' },
      ],
    };
    expect(await parseEntryImport(csv([HEADER, ...lines]), 'CSV', town, members, TODAY, three)).toEqual(refused);
    expect(await parseEntryImport(await xlsx([HEADER, ...lines]), 'XLSX', town, members, TODAY, three)).toEqual(
      refused,
    );
    expect(
      await parseEntryImport(csv([HEADER, [], ...lines.slice(0, 3), []]), 'CSV', town, members, TODAY, three),
    ).toMatchObject({ ok: true });
  });

  it('takes 1000 rows by default, not one more', async () => {
    const line = ['D001', '王一', 'dues', '2024-03-01'];
    const file = (n: number) => csv([HEADER, ...Array.from({ length: n }, () => line)]);
    const full = await parseEntryImport(file(1000), 'CSV', town, members, TODAY);
    expect(full.ok && full.rows.length).toBe(1000);
    expect(await parseEntryImport(file(1001), 'CSV', town, members, TODAY)).toEqual({
      ok: false,
      problems: [
        {
          row: 1,
          column: null,
          message: '数据超过一次最多导入的 1000 行（第 1002 行已是第 1001 行数据），请分成几个文件导入',
        },
      ],
    });
  });

  it('refuses a corrupt xlsx with one problem on row 0', async () => {
    const good = await xlsx([HEADER]);
    for (const file of [Buffer.from('not a zip at all'), good.subarray(0, good.length / 2), csv([HEADER])]) {
      expect(await parseEntryImport(file, 'XLSX', town, members, TODAY)).toEqual({
        ok: false,
        problems: [
          {
            row: 0,
            column: null,
            message: '无法读取文件：文件已损坏或不是 Excel 工作簿，请确认是 xlsx 格式（旧版 xls 请先另存为 xlsx）',
          },
        ],
      });
    }
  });

  it('reads only the first worksheet', async () => {
    const workbook = new Workbook();
    workbook.addWorksheet('记录').addRow(HEADER);
    workbook.getWorksheet('记录')!.addRow(['D001', '王一', 'dues', '2024-03-01']);
    workbook.addWorksheet('备注').addRow(['随便写的']);
    const file = Buffer.from((await workbook.xlsx.writeBuffer()) as unknown as ArrayBuffer);
    expect(await parseEntryImport(file, 'XLSX', town, members, TODAY)).toMatchObject({
      ok: true,
      rows: [{ rowNumber: 2, item: 'dues' }],
    });
  });

  it('refuses a CSV that is not UTF-8', async () => {
    const gbk = Buffer.from([0xb5, 0xb3, 0xd4, 0xb1, 0xb1, 0xe0, 0xba, 0xc5, 0x0d, 0x0a]); // 党员编号 in GBK
    expect(await parseEntryImport(gbk, 'CSV', town, members, TODAY)).toEqual({
      ok: false,
      problems: [
        {
          row: 0,
          column: null,
          message:
            '文件不是 UTF-8 编码，无法读取中文：请在 Excel 中“另存为”并选择“CSV UTF-8（逗号分隔）”，或直接导入 xlsx 文件',
        },
      ],
    });
  });

  it('refuses a CSV with an unclosed quote', async () => {
    const file = Buffer.from('党员编号,姓名,项目,日期\r\nD001,王一,dues,2024-03-01\r\nD002,"李一,dues,2024-03-01\r\n');
    expect(await parseEntryImport(file, 'CSV', town, members, TODAY)).toEqual({
      ok: false,
      problems: [{ row: 3, column: null, message: '无法读取 CSV 文件：第 3 行附近引号没有闭合，请检查后重新导出' }],
    });
  });

  it('refuses an empty file, a file without a header in row 1, and a header without data', async () => {
    const noHeader = {
      ok: false,
      problems: [
        {
          row: 1,
          column: null,
          message:
            '第 1 行应为表头（党员编号、姓名、项目、日期……），请使用导入模板（/downloads/ledger/import-template.xlsx?organizationId=党支部编号）',
        },
      ],
    };
    expect(await parseEntryImport(Buffer.alloc(0), 'CSV', town, members, TODAY)).toEqual(noHeader);
    expect(await parseEntryImport(await xlsx([[null], HEADER]), 'XLSX', town, members, TODAY)).toEqual(noHeader);
    expect(await parseEntryImport(csv([HEADER, [], []]), 'CSV', town, members, TODAY)).toEqual({
      ok: false,
      problems: [{ row: 2, column: null, message: '文件中没有数据行：请从第 2 行起每行填写一条记录' }],
    });
  });
});
