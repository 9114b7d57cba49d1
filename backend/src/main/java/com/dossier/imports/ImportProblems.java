package com.dossier.imports;

import com.dossier.shared.error.ApiException;
import com.dossier.shared.error.FieldError;
import java.util.List;

/** The problems only imports have. */
final class ImportProblems {
    private ImportProblems() {}

    /** 413: the file is above {@code dossier.imports.max-size}; nothing was stored. */
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
}
