package jp.tradecert.document;

/** A printed document: the name to save it under and its bytes. */
public record Pdf(String fileName, byte[] content) {
}
