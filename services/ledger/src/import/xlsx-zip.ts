import { SaxesParser, SaxesTagPlain } from 'saxes';
import { Entry, fromBufferPromise, ZipFile } from 'yauzl';
import { ImportLimits, ImportStop } from './import-limits';

/** An xlsx file that cannot be read as a workbook (not a zip, cut short, a part missing or not XML). */
class CorruptWorkbook extends Error {}

/** Where an XML part's elements go: names without their namespace prefix (`x:row` is `row`). */
export interface XmlHandler {
  open?(name: string, attributes: Record<string, string>): void;
  text?(text: string): void;
  close?(name: string): void;
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/**
 * The parts of an xlsx file (a zip), found through its central directory and inflated one at a time as a stream:
 * each part's inflated bytes are counted while they come, and a part past `maxPartBytes` (a zip bomb: a few
 * hundred KB that inflate to gigabytes) stops at once, whatever its header claims.
 */
export class XlsxParts {
  private constructor(
    private readonly zip: ZipFile,
    private readonly entries: Map<string, Entry>,
    private readonly limits: ImportLimits,
  ) {}

  static async open(content: Buffer, limits: ImportLimits): Promise<XlsxParts> {
    let zip: ZipFile;
    try {
      // Sizes are checked here, as the bytes come, with a message a person understands.
      zip = await fromBufferPromise(content, { validateEntrySizes: false, strictFileNames: false });
    } catch {
      throw new CorruptWorkbook();
    }
    if (zip.entryCount > limits.maxZipEntries) {
      zip.close();
      throw new ImportStop({
        row: 0,
        column: null,
        message: `工作簿内含 ${zip.entryCount} 个部件，超过 ${limits.maxZipEntries} 个，不像一份导入表格，请只保留要导入的数据后另存为新文件`,
      });
    }
    const entries = new Map<string, Entry>();
    try {
      for await (const entry of zip.eachEntry()) entries.set(entry.fileName.replace(/^\/+/, ''), entry);
    } catch {
      zip.close();
      throw new CorruptWorkbook();
    }
    return new XlsxParts(zip, entries, limits);
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** Streams one part through a SAX parser into `handler`; a missing part is corrupt unless `optional`. */
  async parse(name: string, handler: XmlHandler, optional = false): Promise<void> {
    const entry = this.entries.get(name);
    if (!entry) {
      if (optional) return;
      throw new CorruptWorkbook();
    }
    const tooLarge = () =>
      new ImportStop({
        row: 0,
        column: null,
        message: `工作簿中的“${name}”解压后超过 ${this.limits.maxPartBytes / 1024 / 1024} MB，远超一份导入表格，文件可能已损坏：请只保留要导入的数据后另存为新文件`,
      });
    if (entry.uncompressedSize > this.limits.maxPartBytes) throw tooLarge();
    const xml = new SaxesParser({ xmlns: false, position: false });
    if (handler.open)
      xml.on('opentag', (tag: SaxesTagPlain) =>
        handler.open!(localName(tag.name), tag.attributes as Record<string, string>),
      );
    if (handler.text) xml.on('text', (text) => handler.text!(text));
    if (handler.close) xml.on('closetag', (tag: SaxesTagPlain) => handler.close!(localName(tag.name)));
    const decoder = new TextDecoder('utf-8');
    let stream: NodeJS.ReadableStream & { destroy(): void };
    try {
      stream = (await this.zip.openReadStreamPromise(entry)) as typeof stream;
    } catch {
      throw new CorruptWorkbook();
    }
    let inflated = 0;
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        inflated += chunk.length;
        if (inflated > this.limits.maxPartBytes) throw tooLarge();
        xml.write(decoder.decode(chunk, { stream: true }));
      }
      xml.write(decoder.decode());
      xml.close();
    } catch (error) {
      if (error instanceof ImportStop) throw error;
      throw new CorruptWorkbook();
    } finally {
      stream.destroy();
    }
  }

  close(): void {
    this.zip.close();
  }
}
