/** The W3C webvtt-parser as an oracle: the export check's own W3C parse, so the tests and the exports judge alike. */
export { w3cParse } from '../../shared/formats/export-check'
