package com.dossier.document;

import com.dossier.shared.error.ApiException;
import com.dossier.shared.error.FieldError;
import java.util.List;

/** The problems only uploads and downloads of documents have. */
final class DocumentProblems {
    private DocumentProblems() {}

    /** 413: the file is above {@code dossier.documents.max-size}; nothing was stored. */
    static final class TooLarge extends ApiException {
        TooLarge(long maxBytes) {
            super(
                    413,
                    "payload-too-large",
                    "Payload too large",
                    "The file is larger than the limit of " + maxBytes + " bytes.",
                    List.of(
                            new FieldError(
                                    "file",
                                    "file.tooLarge",
                                    "The file is larger than the limit of "
                                            + maxBytes
                                            + " bytes.")));
        }
    }

    /** 415: the bytes are of a type not accepted, or contradict the declared type. */
    static final class UnsupportedType extends ApiException {
        UnsupportedType(String code, String message) {
            super(
                    415,
                    "unsupported-document-type",
                    "Unsupported document type",
                    message,
                    List.of(new FieldError("file", code, message)));
        }
    }

    /** 500: the stored bytes no longer match their SHA-256; they are not served. */
    static final class IntegrityFailure extends ApiException {
        IntegrityFailure() {
            super(
                    500,
                    "document-integrity",
                    "Document integrity check failed",
                    "The stored file does not match its checksum and is not served;"
                            + " the incident was recorded.",
                    List.of());
        }
    }
}
