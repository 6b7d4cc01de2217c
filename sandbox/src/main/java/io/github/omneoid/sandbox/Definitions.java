package io.github.omneoid.sandbox;

import static io.github.omneoid.sandbox.Catalog.list;
import static io.github.omneoid.sandbox.Catalog.map;

import java.util.Map;

/**
 * The definitions loyalty records embed (the reward, point, benefit, credit and achievement programmes a record
 * belongs to) and the currency rate balances carry, with the fields the official reference shows for each
 * (docs.omneo.io: /api-reference/reward, /api-reference/profile-point, /api-reference/profile-benefit,
 * /api-reference/credit, /api-reference/achievement-definition, /api-reference/profile-balance). A seed may
 * bring its own {@code definition}; these are the defaults. Each call makes a new map.
 */
final class Definitions {
  private Definitions() {}

  static Map<String, Object> reward(String now, Object value) {
    return map("id", 1, "name", "$10 Reward", "handle", "reward-10", "region_id", null, "region", null,
        "currency", "AUD", "period", 90, "period_type", "days", "absolute_expiry", null, "description", null,
        "short_description", null, "long_description", null, "terms_conditions", null, "earn_instructions", null,
        "icon", null, "image_url", null, "issue_target_id", null, "expiry_target_id", null,
        "extend_target_id", null, "notify_issue_offset", null, "notify_expiry_offset", null,
        "notify_schedule_offset", null, "notify_issue_offset_days", 0, "notify_issue_offset_hour", 9,
        "notify_remind_offset_days", 7, "notify_remind_offset_hour", 9, "notify_extend_offset_days", null,
        "notify_extend_offset_hour", null, "internal_notes", null, "type", "spend", "value", value,
        "max_value", null, "is_extendable", false, "is_assignable", true, "is_reassignable", false,
        "is_published", true, "extend_days", 0, "tags", list(), "created_at", now, "updated_at", now);
  }

  static Map<String, Object> point(String now) {
    return map("id", 1, "name", "Points", "handle", "points", "region_id", null, "region", null,
        "currency", "AUD", "description", null, "notes", null, "is_reassignable", false, "issue_period", 12,
        "issue_period_type", "months", "issue_absolute_expiry", null, "tags", list(), "created_at", now,
        "updated_at", now);
  }

  /** Its id is a string, as the reference types a benefit definition's id. */
  static Map<String, Object> benefit(String now) {
    return map("id", "1", "name", "Birthday coffee", "handle", "birthday-coffee", "region_id", null,
        "region", null, "currency", null, "period", 30, "period_type", "days", "absolute_expiry", null,
        "description", "A coffee on us in your birthday month", "internal_notes", null, "meta", null,
        "short_description", "Birthday coffee", "long_description", null, "terms_conditions", null,
        "earn_instructions", null, "redeem_instructions_store", "Show this benefit at the counter.",
        "redeem_instructions_online", null, "redeem_code_pos", null, "redeem_code_online", null, "icon", null,
        "image_url", null, "max_redemptions", 1, "is_extendable", false, "is_assignable", true,
        "is_reassignable", false, "is_published", true, "is_archived", false, "tags", list(),
        "is_claimable", false, "max_global_redemptions", null, "total_global_redemptions_remaining", null,
        "total_global_redemptions", 0, "total_global_created", 0, "claim_period_start_at", null,
        "claim_period_end_at", null, "claim_condition", null, "is_reclaimable", null,
        "notify_schedule_offset", null, "notify_issue_offset_days", null, "notify_issue_offset_hour", null,
        "notify_remind_offset_days", null, "notify_remind_offset_hour", null, "notify_extend_offset_days", null,
        "notify_extend_offset_hour", null, "remind_target_id", null, "extend_target_id", null,
        "issue_target_id", null, "end_at", null, "total_allocations", null, "total_allocations_remaining", null,
        "force_allocation", null, "created_at", now, "updated_at", now, "claim_timeframe", null,
        "view_condition", null, "allow_user_redeem", true, "value", null, "type", "service");
  }

  static Map<String, Object> credit(String now) {
    return map("id", 1, "name", "Gift Card", "handle", "gift-card", "region_id", null, "region", null,
        "timezone", "Australia/Melbourne", "period", 3, "period_type", "years", "absolute_expiry", null,
        "release_period", null, "release_period_type", null, "release_period_absolute_expiry", null,
        "is_published", true, "is_archived", false, "icon", null, "image_url", null, "primary_colour", null,
        "secondary_colour", null, "description", "Digital gift card", "internal_notes", null,
        "short_description", "Gift card", "long_description", null, "terms_conditions", null,
        "earn_instructions", null, "meta", null, "type", "gift_card", "value", null, "max_value", 500,
        "currency_id", 1, "currency", "AUD", "require_creator", false, "require_assigned", true,
        "is_extendable", true, "created_at", now, "updated_at", now);
  }

  static Map<String, Object> achievement(String now) {
    return map("id", 1, "name", "Become a regular", "handle", "regular", "description", null,
        "internal_notes", null, "type", null, "starts_at", null, "ends_at", null, "is_published", true,
        "display_level", true, "display_option", "visible", "short_description", "Regular",
        "long_description", null, "terms_conditions", null, "earn_instructions", "Visit any store", "icon", null,
        "image_url", null, "levels", list(level(1, 1, 5), level(2, 2, 15)), "tags", list(), "meta", null,
        "timezone", "Australia/Melbourne", "period", null, "enable_annual_earn_cycle", false,
        "created_at", now, "updated_at", now);
  }

  private static Map<String, Object> level(long id, long number, long trigger) {
    return map("id", id, "name", "Regular " + number, "achievement_definition_id", 1, "display_number", number,
        "description", null, "trigger", trigger, "repeats", 0, "repeat_interval", null,
        "allow_multiple_earn", true, "computed_display_number", null, "computed_trigger", null, "meta", null);
  }

  /** The profile's currency against itself: the sandbox is single-currency (AUD). */
  static Map<String, Object> currencyRate(String now) {
    return map("id", 1, "from", "AUD", "to", "AUD", "rate", "1.000000", "is_system", true, "created_at", now,
        "updated_at", now);
  }
}
