/**
 * Zips a document body into a complete .docx package, byte for byte the same on every run so the
 * committed templates can be checked against a fresh build.
 */
import PizZip from 'pizzip';
import { p } from './ooxml';
import { sectionProperties, type Orientation } from './page';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const FONT = 'Times New Roman';

const contentTypes =
  XML +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
  '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>' +
  '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>' +
  '<Override PartName="/word/header2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>' +
  '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
  '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
  '</Types>';

const packageRels =
  XML +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
  '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>' +
  '</Relationships>';

const documentRels =
  XML +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
  '<Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>' +
  '<Relationship Id="rIdHeaderDefault" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>' +
  '<Relationship Id="rIdHeaderFirst" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header2.xml"/>' +
  '</Relationships>';

const fonts = `<w:rFonts w:ascii="${FONT}" w:hAnsi="${FONT}" w:eastAsia="${FONT}" w:cs="${FONT}"/>`;

/** Times New Roman 14 pt, Vietnamese, for every run that does not say otherwise. */
const styles =
  XML +
  `<w:styles xmlns:w="${W}">` +
  `<w:docDefaults><w:rPrDefault><w:rPr>${fonts}<w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="vi-VN" w:eastAsia="vi-VN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
  '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>' +
  `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:rPr>${fonts}<w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>` +
  // The rules under the agency, the Tiêu ngữ and the trích yếu: lib/documents/fit-rules finds them by style.
  '<w:style w:type="paragraph" w:customStyle="1" w:styleId="NhacHanRuleShort"><w:name w:val="Nhắc Hạn: gạch 1/3–1/2 dòng chữ"/><w:basedOn w:val="Normal"/><w:qFormat/></w:style>' +
  '<w:style w:type="paragraph" w:customStyle="1" w:styleId="NhacHanRuleFull"><w:name w:val="Nhắc Hạn: gạch bằng dòng chữ"/><w:basedOn w:val="Normal"/><w:qFormat/></w:style>' +
  '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>' +
  '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="85" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
  '</w:styles>';

const settings =
  XML +
  `<w:settings xmlns:w="${W}"><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/>` +
  '<w:characterSpacingControl w:val="doNotCompress"/>' +
  '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>' +
  '</w:settings>';

/** Nghị định 30/2020: page numbers centred in the top margin, 13 pt; page 1 uses the empty first header. */
const pageNumberHeader =
  XML +
  `<w:hdr xmlns:w="${W}" xmlns:r="${R}"><w:p><w:pPr><w:jc w:val="center"/></w:pPr>` +
  '<w:r><w:rPr><w:sz w:val="26"/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r>' +
  '<w:r><w:rPr><w:sz w:val="26"/></w:rPr><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>' +
  '<w:r><w:rPr><w:sz w:val="26"/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r>' +
  '<w:r><w:rPr><w:sz w:val="26"/></w:rPr><w:t>2</w:t></w:r>' +
  '<w:r><w:rPr><w:sz w:val="26"/></w:rPr><w:fldChar w:fldCharType="end"/></w:r></w:p></w:hdr>';

const emptyHeader = XML + `<w:hdr xmlns:w="${W}" xmlns:r="${R}">${p('')}</w:hdr>`;

const FIXED_TIME = '2026-01-01T00:00:00Z';

function core(title: string): string {
  return (
    XML +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${title}</dc:title><dc:creator>Nhắc Hạn</dc:creator><dc:language>vi-VN</dc:language>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${FIXED_TIME}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${FIXED_TIME}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

const app =
  XML +
  '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Nhắc Hạn</Application></Properties>';

/**
 * The zip entries' DOS timestamps. PizZip writes them from the Date's local fields, so the Date is
 * built from local fields too: the stored stamp is then 2026-01-01 00:00 in every time zone.
 */
const ZIP_DATE = new Date(2026, 0, 1, 0, 0, 0);

export function docxPackage(titleText: string, bodyXml: string, orientation: Orientation): Uint8Array {
  const document =
    XML + `<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${bodyXml}${sectionProperties(orientation)}</w:body></w:document>`;
  const zip = new PizZip();
  const files: [string, string][] = [
    ['[Content_Types].xml', contentTypes],
    ['_rels/.rels', packageRels],
    ['docProps/core.xml', core(titleText)],
    ['docProps/app.xml', app],
    ['word/document.xml', document],
    ['word/_rels/document.xml.rels', documentRels],
    ['word/styles.xml', styles],
    ['word/settings.xml', settings],
    ['word/header1.xml', pageNumberHeader],
    ['word/header2.xml', emptyHeader],
  ];
  for (const [name, content] of files) zip.file(name, content, { date: ZIP_DATE, createFolders: false });
  return zip.generate({ type: 'uint8array', compression: 'DEFLATE' });
}
