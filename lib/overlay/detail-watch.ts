import type { Dossier } from '../dossier/schema';
import { readDossierDetail, type SiteProfile } from '../portal';
import { DIALOGS } from '../portal/selectors';

/**
 * Detail views: a page without a list (an SPA's detail route fills in after the route changes, so
 * every pass reads it), or an open modal, read alone, since reading a whole list page as a detail
 * view would cost a pass over every row for nothing. A detail is reported once per content.
 */
export class DetailWatch {
  private lastKey = '';
  private readonly watchedFrames = new WeakSet<HTMLIFrameElement>();

  constructor(
    private readonly doc: Document,
    private readonly onDetail: (dossier: Partial<Dossier>) => void,
    private readonly onFrameLoad: () => void,
  ) {}

  /** `lists`: the located lists' elements, whose rows are not searched for a modal. */
  check(lists: readonly Element[], profile?: SiteProfile): void {
    const dialog = this.findDialog(lists);
    if (dialog) {
      this.watchFrames(dialog);
      this.read(dialog, profile);
    } else if (lists.length === 0) {
      this.read(this.doc, profile);
    }
  }

  /**
   * An open modal outside the lists. `querySelector(DIALOGS)` over the whole page matched the selector
   * against every cell of a 50,000-row table and, finding none, cost the pass's last slice 180–350 ms
   * (CPU profile of the benchmark); a modal is drawn over the list, never inside its rows, so the
   * walk skips each list's subtree.
   */
  private findDialog(lists: readonly Element[]): Element | null {
    if (lists.length === 0) return this.doc.querySelector(DIALOGS);
    const skipped = new Set(lists);
    const walker = this.doc.createTreeWalker(this.doc, NodeFilter.SHOW_ELEMENT, (node) => {
      const el = node as Element;
      if (skipped.has(el)) return NodeFilter.FILTER_REJECT;
      return el.matches(DIALOGS) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
    });
    return walker.nextNode() as Element | null;
  }

  /** A modal's iframe fills in after the modal appears; its load is not a mutation of this page. */
  private watchFrames(dialog: Element): void {
    for (const frame of dialog.querySelectorAll('iframe')) {
      if (this.watchedFrames.has(frame)) continue;
      this.watchedFrames.add(frame);
      frame.addEventListener('load', this.onFrameLoad);
    }
  }

  private read(root: ParentNode, profile?: SiteProfile): void {
    const detail = readDossierDetail(root, profile).dossier;
    if (!detail?.code) return;
    const key = JSON.stringify(detail);
    if (key === this.lastKey) return;
    this.lastKey = key;
    this.onDetail(detail);
  }
}
