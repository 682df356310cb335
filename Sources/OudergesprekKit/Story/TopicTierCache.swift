import Foundation

/// The topics a text matches by tier (`TopicMatcher.topicTiers(in:)`), by text, shared by the copies of one matcher:
/// a reply is read several times a turn, and her lines said so far every turn. Bounded: past `limit` texts it starts
/// again, so a long stream of replies (`analyseer --scenario`) does not grow it.
final class TopicTierCache: @unchecked Sendable {
  typealias Tiers = (specific: [String], setting: [String], broad: [String])
  private let lock = NSLock()
  private var entries: [String: Tiers] = [:]
  private static let limit = 4096

  /// The tiers of `text`, worked out by `compute` the first time.
  func tiers(of text: String, compute: () -> Tiers) -> Tiers {
    if let found = lock.withLock({ entries[text] }) { return found }
    let tiers = compute()
    lock.withLock {
      if entries.count >= Self.limit { entries.removeAll(keepingCapacity: true) }
      entries[text] = tiers
    }
    return tiers
  }
}
