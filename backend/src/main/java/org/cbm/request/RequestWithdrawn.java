package org.cbm.request;

/** Published when a recipient State withdraws a request: its open proposals must be withdrawn too. */
public record RequestWithdrawn(String requestId) {
}
