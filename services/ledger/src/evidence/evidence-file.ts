/** The kinds of evidence (证明材料) accepted: photos and scanned documents, recognised by their first bytes. */
export const EVIDENCE_TYPES = [
  {
    contentType: 'image/jpeg',
    label: 'JPEG 图片',
    matches: (b: Buffer) => b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  },
  {
    contentType: 'image/png',
    label: 'PNG 图片',
    matches: (b: Buffer) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  {
    contentType: 'image/webp',
    label: 'WebP 图片',
    matches: (b: Buffer) =>
      b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
  },
  {
    contentType: 'application/pdf',
    label: 'PDF 文件',
    matches: (b: Buffer) => b.subarray(0, 5).toString('latin1') === '%PDF-',
  },
] as const;

export type EvidenceType = (typeof EVIDENCE_TYPES)[number];

export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

/** What is wrong with a file: its name, its emptiness, its size or its type (each answered with its own code and status). */
export interface EvidenceProblem {
  kind: 'NAME' | 'EMPTY' | 'TOO_LARGE' | 'TYPE';
  message: string;
}

const allowed = () => EVIDENCE_TYPES.map((t) => t.label).join('、');

/** Why a name cannot be a file's name here (empty, too long, a path, control characters), or null. */
export function fileNameProblem(fileName: string): string | null {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
  if (!fileName.trim() || fileName.length > 200 || /[\\/]/.test(fileName) || /[\u0000-\u001f\u007f]/.test(fileName))
    return '文件名不能为空、不能超过 200 个字符，也不能含有路径或控制字符';
  return null;
}

/** The accepted type a declared content type names, or null. */
export function evidenceType(declaredType: string): EvidenceType | null {
  return EVIDENCE_TYPES.find((t) => t.contentType === declaredType.toLowerCase()) ?? null;
}

/** The refusal of a declared type that is not accepted, before any byte is read. */
export const typeNotAccepted = (): EvidenceProblem => ({
  kind: 'TYPE',
  message: `只接受 ${allowed()}（Content-Type 为 ${EVIDENCE_TYPES.map((t) => t.contentType).join('、')}）`,
});

/** Why a file cannot be kept as evidence, or null. The declared type must match what the bytes are. */
export function evidenceProblem(fileName: string, declaredType: string, content: Buffer): EvidenceProblem | null {
  const nameProblem = fileNameProblem(fileName);
  if (nameProblem) return { kind: 'NAME', message: nameProblem };
  if (content.length === 0) return { kind: 'EMPTY', message: '文件是空的' };
  if (content.length > MAX_EVIDENCE_BYTES)
    return { kind: 'TOO_LARGE', message: `文件超过 ${MAX_EVIDENCE_BYTES / 1024 / 1024} MB，请压缩后再上传` };
  const declared = evidenceType(declaredType);
  if (!declared) return typeNotAccepted();
  if (!declared.matches(content)) {
    const actual = EVIDENCE_TYPES.find((t) => t.matches(content));
    return {
      kind: 'TYPE',
      message: actual
        ? `文件实际是 ${actual.label}，与所报类型（${declared.label}）不符`
        : `文件内容不是 ${declared.label}，只接受 ${allowed()}`,
    };
  }
  return null;
}
