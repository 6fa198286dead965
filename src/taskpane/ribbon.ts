/**
 * The ribbon group on the Home tab (manifest.xml, issue #13): "Nieuwe batch", "Controleren" and
 * "Exporteren" open the pane on that step and start it, so the one-click export is one click from
 * Excel itself.
 *
 * The buttons are ExecuteFunction actions. Task pane, ribbon and custom functions share one runtime
 * (manifest `<Runtimes>`, SharedRuntime 1.1), so the function runs in the pane's own page: it
 * records the step here, where the pane's App listens, and shows the pane
 * (`Office.addin.showAsTaskpane`). Microsoft: the FunctionName of an ExecuteFunction action "must
 * match the value passed to" `Office.actions.associate`, and the handler must call
 * `event.completed()` (learn.microsoft.com/javascript/api/manifest/action; "Configure your Office
 * Add-in to use a shared runtime").
 */

/** A step of the pane the ribbon starts. */
export type RibbonStep = 'new' | 'check' | 'export';

/** FunctionName in manifest.xml -> step. Part of the manifest contract: never rename. */
export const RIBBON_FUNCTIONS: Readonly<Record<string, RibbonStep>> = {
  'vaccinnet.newBatch': 'new',
  'vaccinnet.check': 'check',
  'vaccinnet.export': 'export',
};

/** One press of a ribbon button: `id` grows with every press, so pressing twice starts twice. */
export interface StepRequest {
  readonly step: RibbonStep;
  readonly id: number;
}

type Listener = (request: StepRequest) => void;

let lastId = 0;
let pending: StepRequest | null = null;
const listeners = new Set<Listener>();

/** Records a press; a listener hears it now, or the first one to subscribe hears it later. */
export function requestStep(step: RibbonStep): StepRequest {
  lastId += 1;
  const request = { step, id: lastId };
  if (listeners.size === 0) pending = request;
  for (const listener of listeners) listener(request);
  return request;
}

/**
 * Listens to ribbon presses. A press made before the pane had rendered (the button opened it) is
 * delivered at once, to the first subscriber only.
 */
export function subscribeSteps(listener: Listener): () => void {
  listeners.add(listener);
  if (pending !== null) {
    const request = pending;
    pending = null;
    listener(request);
  }
  return () => {
    listeners.delete(listener);
  };
}

/** The parts of office.js the ribbon uses (a fake in the preview and the tests). */
export interface RibbonOffice {
  readonly actions?: { associate(name: string, handler: (event: { completed(): void }) => void): void };
  readonly addin?: { showAsTaskpane(): Promise<void> };
}

/**
 * Associates every ribbon function with its step. Where the host has no `Office.actions` (no
 * shared runtime, e.g. an old Excel), the buttons do not exist either: nothing to do.
 */
export function registerRibbonCommands(office: RibbonOffice): void {
  const actions = office.actions;
  if (actions === undefined) return;
  for (const [name, step] of Object.entries(RIBBON_FUNCTIONS)) {
    actions.associate(name, (event) => {
      requestStep(step);
      const shown = office.addin?.showAsTaskpane() ?? Promise.resolve();
      // The pane may already be open, or the host may refuse: the step is recorded either way, and
      // Office must hear that the function finished (else the button stays busy for 5 minutes).
      void shown.catch(() => undefined).finally(() => event.completed());
    });
  }
}
