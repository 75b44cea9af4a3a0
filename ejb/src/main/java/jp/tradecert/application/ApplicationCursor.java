package jp.tradecert.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * Where a page of applications ends: the last row's time (made, for the applicant's list; submitted,
 * for the review queue) and id. The next page starts strictly after it, so pages neither overlap nor
 * skip rows while applications are added.
 */
public record ApplicationCursor(Instant at, long id) implements Serializable {

    public ApplicationCursor {
        Objects.requireNonNull(at);
    }
}
