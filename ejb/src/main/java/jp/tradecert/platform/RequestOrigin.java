package jp.tradecert.platform;

/**
 * The client address of the request the current thread serves, for the audit trail. The web layer sets
 * it when a request comes in and clears it when the request ends; a local EJB call runs on the caller's
 * thread, so a service sees the address of the request that called it. Empty outside a request (a
 * nightly job, a timer).
 */
public final class RequestOrigin {

    private static final ThreadLocal<String> ADDRESS = new ThreadLocal<>();

    private RequestOrigin() {
    }

    public static void set(String address) {
        ADDRESS.set(address);
    }

    public static void clear() {
        ADDRESS.remove();
    }

    /** The address, or null outside a request. */
    public static String address() {
        return ADDRESS.get();
    }
}
