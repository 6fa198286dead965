/**
 * Entry of `preview/fake-office.js`: the fake Excel host standing in for office.js in a browser
 * page (the preview page's task pane, and the task pane under browser tests, where the request for
 * Microsoft's office.js is answered with this file). Loaded where office.js would be, before any
 * add-in script. See src/fake-excel/browserOffice.ts for what it defines.
 */
import { installBrowserOffice } from '../fake-excel/browserOffice';

installBrowserOffice(window as unknown as Parameters<typeof installBrowserOffice>[0]);
