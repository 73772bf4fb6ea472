import type { Dossier } from '../dossier/schema';
import { readDossierDetail, type SiteProfile } from '../portal';
import { DIALOG } from './watch';

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

  check(hasLists: boolean, profile?: SiteProfile): void {
    const dialog = this.doc.querySelector(DIALOG);
    if (dialog) {
      this.watchFrames(dialog);
      this.read(dialog, profile);
    } else if (!hasLists) {
      this.read(this.doc, profile);
    }
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
