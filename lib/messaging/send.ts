import type { BackgroundMessageType, Failed, Reply, Request, TabMessageType } from './protocol';

/**
 * Typed sending, for the content script and the pages: the request's type names the reply's type
 * (lib/messaging/protocol.ts). Imports only types, so no schema code reaches the content script.
 * A message that cannot be delivered (the background restarting, a tab without the content script)
 * resolves to undefined and leaves a console line saying which message and why: never silent.
 */
interface Runtime {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}
interface Tabs {
  tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> };
}

type SendToBackground = <T extends BackgroundMessageType>(
  message: Request<T> & { type: T },
) => Promise<Reply<T> | Failed | undefined>;

type SendToTab = <T extends TabMessageType>(tabId: number, message: Request<T> & { type: T }) => Promise<unknown>;

type Log = (line: string, error: unknown) => void;

const consoleLog: Log = (line, error) => console.warn(line, error);

export function backgroundSender(api: Runtime, log: Log = consoleLog): SendToBackground {
  return async (message) => {
    try {
      return (await api.runtime.sendMessage(message)) as Reply<typeof message.type> | Failed;
    } catch (error) {
      log(`Nhắc Hạn: the "${message.type}" message got no answer from the background`, error);
      return undefined;
    }
  };
}

/** The reply is returned unchecked: the caller parses it with the message's reply schema. */
export function tabSender(api: Tabs, log: Log = consoleLog): SendToTab {
  return async (tabId, message) => {
    try {
      return await api.tabs.sendMessage(tabId, message);
    } catch (error) {
      log(`Nhắc Hạn: the "${message.type}" message got no answer from tab ${tabId}`, error);
      return undefined;
    }
  };
}
