/**
 * One editor saving statements through the editor form, one save at a time: a new statement
 * when it has none yet or on every third save, otherwise a correction (new title, other themes)
 * of one of its own. Writers never touch each other's statements, so a stale-version refusal
 * means the app misjudged a save and is counted apart. Remembers every acknowledged save.
 */
import type { AcknowledgedWrite } from "./consistency";
import type { EditorSession, StatementFields } from "./editor-http";

export type WriteTargets = { sourceIds: string[]; themeSlugs: string[] };

const DATE = "2023-07-11";

export class StatementWriter {
  readonly acknowledged: AcknowledgedWrite[] = [];
  staleRefusals = 0;
  private readonly own: { slug: string; fields: StatementFields }[] = [];
  private saves = 0;

  constructor(
    private readonly session: EditorSession,
    /** Lower-case letters and digits: it goes into slugs. */
    private readonly label: string,
    private readonly targets: WriteTargets,
  ) {}

  /** Saves once; throws on anything but "saved" or a stale refusal. `beforePost` runs as the save is sent. */
  async writeOnce(beforePost?: () => void): Promise<void> {
    this.saves += 1;
    const create = this.own.length === 0 || this.saves % 3 === 1;
    const target = create ? this.newStatement() : this.own[this.saves % this.own.length]!;
    const fields = create ? target.fields : { ...target.fields, title: `Load test ${this.label} ${target.slug.slice(-6)} save ${this.saves}`, themes: this.pickThemes() };
    const formPath = create ? "/statements/new" : `/statements/${target.slug}/edit`;
    const outcome = await this.session.saveStatement(formPath, fields, { beforePost });
    if (outcome.kind === "stale") {
      this.staleRefusals += 1;
      return;
    }
    if (outcome.kind === "refused") throw new Error(`${formPath}: save refused: ${outcome.message}`);
    if (outcome.slug !== target.slug) throw new Error(`${formPath}: saved as ${outcome.slug}, expected ${target.slug}`);
    if (create) this.own.push(target);
    else target.fields = fields;
    this.acknowledged.push({ slug: outcome.slug, version: outcome.version, title: String(fields.title), themes: [...(fields.themes as string[])] });
  }

  private newStatement(): { slug: string; fields: StatementFields } {
    const slug = `${DATE}-load-${this.label}-${this.saves}`;
    return {
      slug,
      fields: {
        slug,
        date: DATE,
        title: `Load test ${this.label} statement ${this.saves}`,
        documentType: "INTERVIEW",
        quote: "NATO allies will keep working together to address the systemic challenges posed by the PRC.",
        language: "en",
        toneLevel: "4",
        verification: "UNVERIFIED",
        status: "PUBLISHED",
        sourceId: this.targets.sourceIds[this.saves % this.targets.sourceIds.length]!,
        themes: this.pickThemes(),
      },
    };
  }

  private pickThemes(): string[] {
    const all = this.targets.themeSlugs;
    const first = all[Math.floor(Math.random() * all.length)]!;
    const second = all[Math.floor(Math.random() * all.length)]!;
    return [...new Set([first, second])];
  }
}
