package jp.tradecert.batch;

import java.io.Serializable;

/** The reconciliation's checkpoint: the file being read and the position of its last entry read. */
record FilePosition(long fileId, long position) implements Serializable {
}
