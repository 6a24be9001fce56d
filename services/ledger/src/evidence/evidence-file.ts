/** The kinds of evidence (证明材料) accepted: photos and scanned documents, recognised by their first bytes. */
export const EVIDENCE_TYPES = [
  { contentType: 'image/jpeg', label: 'JPEG 图片', matches: (b: Buffer) => b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { contentType: 'image/png', label: 'PNG 图片', matches: (b: Buffer) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { contentType: 'image/webp', label: 'WebP 图片', matches: (b: Buffer) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP' },
  { contentType: 'application/pdf', label: 'PDF 文件', matches: (b: Buffer) => b.subarray(0, 5).toString('latin1') === '%PDF-' },
] as const;

export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

/** Why a file cannot be kept as evidence, or null. The declared type must match what the bytes are. */
export function evidenceProblem(fileName: string, declaredType: string, content: Buffer): string | null {
  if (!fileName.trim() || fileName.length > 200 || /[\\/]/.test(fileName)) return '文件名不能为空、不能超过 200 个字符，也不能含有路径';
  if (content.length === 0) return '文件是空的';
  if (content.length > MAX_EVIDENCE_BYTES) return `文件超过 ${MAX_EVIDENCE_BYTES / 1024 / 1024} MB，请压缩后再上传`;
  const allowed = EVIDENCE_TYPES.map((t) => t.label).join('、');
  const declared = EVIDENCE_TYPES.find((t) => t.contentType === declaredType.toLowerCase());
  if (!declared) return `只接受 ${allowed}`;
  if (!declared.matches(content)) {
    const actual = EVIDENCE_TYPES.find((t) => t.matches(content));
    return actual ? `文件实际是${actual.label}，与所报类型（${declared.label}）不符` : `文件内容不是${declared.label}，只接受 ${allowed}`;
  }
  return null;
}
