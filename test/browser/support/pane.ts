/**
 * The task pane as a user drives it: tabs, the "Nieuwe batch" form, the buttons of the other
 * tabs, found by role and accessible name in the pane's own catalogs (src/taskpane/i18n), so a
 * reworded text does not break a test and a missing accessible name does.
 */
import type { Frame, Locator, Page } from 'playwright-core';
import { type BatchField, type Encoding, type Language, columnLabel, encodingLabel } from '../../../src/core';
import { en } from '../../../src/taskpane/i18n/en';
import { fr } from '../../../src/taskpane/i18n/fr';
import { nl } from '../../../src/taskpane/i18n/nl';
import type { UiMessages } from '../../../src/taskpane/i18n/types';
import { eventually } from './eventually';

export const CATALOGS: Readonly<Record<Language, UiMessages>> = { nl, fr, en };

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Matches an accessible name that starts with `text` (Fluent adds " *" to required labels). */
export const startsWith = (text: string): RegExp => new RegExp(`^${escape(text)}`);

/** Exactly `text`, as a whole accessible name. */
export const exactly = (text: string): RegExp => new RegExp(`^${escape(text)}$`);

export class Pane {
  constructor(
    readonly page: Page | Frame,
    readonly lang: Language = 'nl',
  ) {}

  get m(): UiMessages {
    return CATALOGS[this.lang];
  }

  /** The pane has started (Office.onReady resolved and React rendered the tabs). */
  async ready(): Promise<void> {
    await this.page.getByRole('tab', { name: this.m.tabNewBatch }).waitFor();
  }

  async openTab(tab: 'new' | 'check' | 'export' | 'upload' | 'settings'): Promise<Locator> {
    const name = {
      new: this.m.tabNewBatch,
      check: this.m.tabCheck,
      export: this.m.tabExport,
      upload: this.m.tabUpload,
      settings: this.m.tabSettings,
    }[tab];
    await this.page.getByRole('tab', { name }).click();
    const panel = this.page.getByTestId(`panel-${tab}`);
    await panel.waitFor({ state: 'visible' });
    return panel;
  }

  /** The check's summary line, or '' while there is none. */
  async checkSummary(): Promise<string> {
    const summary = this.page.getByTestId('check-summary');
    return (await summary.count()) > 0 ? ((await summary.textContent()) ?? '') : '';
  }

  field(field: BatchField): Locator {
    return this.page.getByTestId('new-batch-form').getByLabel(startsWith(columnLabel(field, this.lang)));
  }

  /**
   * Fills "Nieuwe batch" and clicks "Batch aanmaken"; returns the new result line. With
   * `sameAsExisting` the fields are those of an existing batch on purpose: the pane warns and the
   * test answers "Toch aanmaken".
   */
  async createBatch(fields: BatchFormInput, options: { sameAsExisting?: boolean } = {}): Promise<string> {
    await this.openTab('new');
    const result = this.page.getByTestId('new-batch-result');
    const before = ((await result.textContent()) ?? '').trim();
    await this.fillBatchForm(this.page.getByTestId('new-batch-form'), fields, this.m.createBatch);
    if (options.sameAsExisting === true) {
      const anyway = result.getByTestId('create-anyway');
      await anyway.click();
      await anyway.waitFor({ state: 'detached' });
    }
    return eventually(
      async () => ((await result.textContent()) ?? '').trim(),
      (text) => {
        expect(text).not.toBe('');
        expect(text).not.toBe(before);
      },
    );
  }

  /** Fills a batch form (Nieuwe batch, or the compliant copy's) and clicks its button `submit`. */
  async fillBatchForm(form: Locator, fields: BatchFormInput, submit: string): Promise<void> {
    const label = (field: BatchField) => startsWith(columnLabel(field, this.lang));
    await form.getByLabel(label('toedienerInsz')).fill(fields.toedienerInsz);
    if (fields.organisatie !== undefined)
      await form.getByLabel(label('organisatie')).fill(fields.organisatie);
    const yesNo = fields.gratisVoorraad === 'Ja' ? this.m.yes : this.m.no;
    await form
      .getByRole('radiogroup', { name: label('gratisVoorraad') })
      .getByRole('radio', { name: yesNo })
      .check();
    if (fields.datumToediening !== undefined) {
      // Typed as a person reads dates (issue #13): dd/mm/yyyy.
      const [year, month, day] = fields.datumToediening.split('-');
      await form.getByLabel(label('datumToediening')).fill(`${day}/${month}/${year}`);
    }
    const product = form.getByRole('combobox', { name: label('immunisatieproduct') });
    await product.fill(fields.immunisatieproduct);
    await product.press('Tab');
    const dose = Number(fields.dosis).toLocaleString(LOCALES[this.lang]);
    await form
      .getByRole('radiogroup', { name: label('dosis') })
      .getByRole('radio', { name: dose })
      .check();
    if (fields.lotnummer !== undefined) await form.getByLabel(label('lotnummer')).fill(fields.lotnummer);
    await form.getByRole('button', { name: submit }).click();
  }

  /** "Instellingen": chooses the encoding and the lines per file, saves, waits for "saved". */
  async saveSettings(settings: { encoding: Encoding; linesPerFile: number }): Promise<void> {
    const panel = await this.openTab('settings');
    await panel.getByRole('radio', { name: startsWith(encodingLabel(settings.encoding, this.lang)) }).check();
    await panel.getByLabel(startsWith(this.m.settingsLinesPerFile)).fill(String(settings.linesPerFile));
    await panel.getByRole('button', { name: this.m.settingsSave }).click();
    await eventually(
      async () => (await this.page.getByTestId('settings-result').textContent()) ?? '',
      (text) => expect(text).toContain(this.m.settingsSaved),
    );
  }

  /** "Controleren" > "Actief blad controleren" (or "Opnieuw controleren"); returns the summary line. */
  async check(): Promise<string> {
    const panel = await this.openTab('check');
    const button = panel.getByTestId('check-active-sheet');
    const summary = panel.getByTestId('check-summary');
    const runsBefore = await this.runs();
    await button.click();
    // The check ran (one more Excel.run), the pane is idle again and shows its result.
    await eventually(
      async () => ({
        ran: (await this.runs()) > runsBefore,
        idle: await button.isEnabled(),
        summary: (await summary.count()) > 0,
      }),
      (state) => expect(state).toEqual({ ran: true, idle: true, summary: true }),
    );
    return ((await summary.textContent()) ?? '').trim();
  }

  /** The issue kinds listed by "Controleren" (their codes, from data-testid issue-kind-<code>). */
  async listedKinds(): Promise<string[]> {
    const ids = await this.page
      .getByTestId('issue-list')
      .locator('[data-testid^="issue-kind-"]')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-testid') ?? ''));
    return ids.map((id) => id.replace(/^issue-kind-/, ''));
  }

  /** Excel.run calls so far (the fake host counts them). */
  runs(): Promise<number> {
    return this.page.evaluate(() => window.__fakeExcelHost?.stats.runs ?? 0);
  }

  /**
   * A tab's own step done, as she would wait for it: every Excel.run settled ({@link settle}) and
   * no progress bar left (an indeterminate bar slides in and out of its clipped track, so a page
   * measured while it runs would depend on how fast the machine is). A tab shown for the first
   * time loads its code first (App.tsx: a Suspense spinner "Bezig met laden…" in its panel): until
   * that is gone the tab has not started its step (Exporteren prepares its preview only then), so
   * a page measured or scanned before it would be the spinner, or the panel half-way through
   * appearing, depending on the machine's speed.
   */
  async stepDone(): Promise<void> {
    await eventually(
      () => this.page.getByText(this.m.loading, { exact: true }).count(),
      (count) => expect(count).toBe(0),
    );
    await this.settle();
    await eventually(
      () => this.page.getByTestId('progress').count(),
      (count) => expect(count).toBe(0),
    );
  }

  /** Waits until every Excel.run the pane started has finished and its event handlers settled. */
  async settle(): Promise<void> {
    let last = -1;
    await eventually(
      // One round trip per reading: flush, wait 50 ms, count.
      () =>
        this.page.evaluate(async () => {
          await window.__fakeExcelHost?.flushEvents();
          await new Promise((resolve) => setTimeout(resolve, 50));
          return window.__fakeExcelHost?.stats.runs ?? 0;
        }),
      (runs) => {
        const stable = runs === last;
        last = runs;
        expect(stable).toBe(true);
      },
    );
  }
}

/** The pane's number locale per language (src/taskpane/i18n LOCALE_OF). */
const LOCALES: Readonly<Record<Language, string>> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' };

export interface BatchFormInput {
  readonly toedienerInsz: string;
  readonly organisatie?: string;
  readonly gratisVoorraad: 'Ja' | 'Nee';
  /** `YYYY-MM-DD`; default: the form's (today). */
  readonly datumToediening?: string;
  readonly immunisatieproduct: string;
  readonly dosis: '0.5' | '1' | '2';
  readonly lotnummer?: string;
}
