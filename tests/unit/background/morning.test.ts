import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openMorningView } from '../../../entrypoints/background/morning';

describe("the morning notification's click", () => {
  beforeEach(() => fakeBrowser.reset());

  test('opens the records page at the moment the notification summed up, and clears it', async () => {
    await fakeBrowser.notifications.create('nhachan-morning:2022-05-20T07:30', { type: 'basic', iconUrl: 'icon/128.png', title: 't', message: 'm' });
    await openMorningView('nhachan-morning:2022-05-20T07:30');
    const opened = (await fakeBrowser.tabs.query({})).filter((tab) => tab.url); // the fake starts with one blank tab
    expect(opened.map((tab) => tab.url)).toEqual([fakeBrowser.runtime.getURL('/records.html?morning=2022-05-20T07%3A30#morning')]);
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  test("leaves other notifications' clicks alone", async () => {
    await openMorningView('someone-else:1');
    expect((await fakeBrowser.tabs.query({})).filter((tab) => tab.url)).toEqual([]);
  });
});
