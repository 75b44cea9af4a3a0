package jp.tradecert.benchmark;

import java.util.List;
import java.util.Map;
import java.util.Queue;
import jp.tradecert.account.SignedInUser;

/** Companies ready to use coupons: who submits for each, and the drafts each still has. */
public record Workload(List<SignedInUser> users, Map<Long, Queue<Long>> draftsByCompany) {
}
