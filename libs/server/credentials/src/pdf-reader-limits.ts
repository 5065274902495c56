/**
 * The caps of the PDF credential reader, apart from it: the reader (and pdf-lib) only load in its
 * worker threads, while the api's main thread reports these limits.
 */
export const PDF_READER_LIMITS = {
  /** The attachment decodes to at most this many bytes; inflating stops there (a credential is a few kB). */
  attachmentBytes: 1024 * 1024,
  /** Everything pdf-lib decodes while loading (object and xref streams), per document. */
  decodedBytesPerDocument: 1024 * 1024,
  /** Levels of the EmbeddedFiles name tree. */
  treeDepth: 32,
  /** File specifications looked at (name tree entries plus /AF). */
  fileSpecs: 1000,
} as const;
