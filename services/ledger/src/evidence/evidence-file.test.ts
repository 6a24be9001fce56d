import { evidenceProblem, evidenceType, fileNameProblem, MAX_EVIDENCE_BYTES } from './evidence-file';

const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(20)]);
const pdf = Buffer.from('%PDF-1.7\n...');

describe('evidence files', () => {
  it('accepts a photo or a PDF whose bytes are what it says', () => {
    expect(evidenceProblem('证书.png', 'image/png', png)).toBeNull();
    expect(evidenceProblem('通知.pdf', 'application/pdf', pdf)).toBeNull();
    expect(evidenceProblem('照片.jpg', 'image/jpeg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2]))).toBeNull();
    expect(evidenceType('IMAGE/PNG')?.label).toBe('PNG 图片');
  });

  it('refuses a file whose bytes are another type, an unknown type, an empty or a too large file, a bad name', () => {
    expect(evidenceProblem('证书.jpg', 'image/jpeg', png)).toEqual({
      kind: 'TYPE',
      message: '文件实际是 PNG 图片，与所报类型（JPEG 图片）不符',
    });
    expect(evidenceProblem('a.exe', 'application/x-msdownload', Buffer.from('MZ'))).toEqual({
      kind: 'TYPE',
      message:
        '只接受 JPEG 图片、PNG 图片、WebP 图片、PDF 文件（Content-Type 为 image/jpeg、image/png、image/webp、application/pdf）',
    });
    expect(evidenceProblem('a.pdf', 'application/pdf', Buffer.from('MZ....'))).toEqual({
      kind: 'TYPE',
      message: '文件内容不是 PDF 文件，只接受 JPEG 图片、PNG 图片、WebP 图片、PDF 文件',
    });
    expect(evidenceProblem('a.pdf', 'application/pdf', Buffer.alloc(0))).toEqual({
      kind: 'EMPTY',
      message: '文件是空的',
    });
    expect(evidenceProblem('a.pdf', 'application/pdf', Buffer.concat([pdf, Buffer.alloc(MAX_EVIDENCE_BYTES)]))).toEqual(
      { kind: 'TOO_LARGE', message: '文件超过 10 MB，请压缩后再上传' },
    );
    expect(evidenceProblem('../a.pdf', 'application/pdf', pdf)).toEqual({
      kind: 'NAME',
      message: '文件名不能为空、不能超过 200 个字符，也不能含有路径或控制字符',
    });
    expect(fileNameProblem('a\u0000.pdf')).not.toBeNull();
    expect(fileNameProblem('党员大会记录（2026年3月）.pdf')).toBeNull();
  });
});
