/// The inflection keys of a story's phrases as integer ids, so that matching a reply compares a few integers
/// instead of hashing strings (`TopicMatcher`). A word is its keys' ids, sorted.
struct StoryKeyIDs: Sendable {
  private var ids: [String: Int32] = [:]

  /// The ids of `keys`, sorted; a key not seen before gets a new id.
  mutating func intern(_ keys: Set<String>) -> [Int32] {
    keys.map { key in
      if let id = ids[key] { return id }
      let id = Int32(ids.count)
      ids[key] = id
      return id
    }.sorted()
  }

  /// The ids of those of `keys` that were interned, sorted: a key that no phrase has cannot match one.
  func known(_ keys: Set<String>) -> [Int32] { keys.compactMap { ids[$0] }.sorted() }

  /// Whether two sorted id lists share an id.
  static func meet(_ a: [Int32], _ b: [Int32]) -> Bool {
    var i = 0
    var j = 0
    while i < a.count, j < b.count {
      if a[i] == b[j] { return true }
      if a[i] < b[j] { i += 1 } else { j += 1 }
    }
    return false
  }
}
