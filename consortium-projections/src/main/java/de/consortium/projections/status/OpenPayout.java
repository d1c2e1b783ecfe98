package de.consortium.projections.status;

import java.time.LocalDate;

/** A request not yet paid or rejected, and the day it is to be paid out. */
record OpenPayout(String partnerCode, String requestId, LocalDate payoutDate) {
}
