/// The names of the marker model's features and their 64-bit hashes (FNV-1a over the UTF-8 bytes of the name), so
/// a reply's features are looked up without building their names.
enum FeatureKey {
  static func rule(_ marker: Marker) -> String { "regel:" + marker.rawValue }
  static func family(_ family: MarkerFamily) -> String { "familie:" + family.rawValue }
  static func part(_ part: IMessagePart) -> String { "deel:" + part.rawValue }
  static let asks = "vraag"
  static let noRule = "regel:geen"
  static let bias = "basis"

  /// The hashes of the names above, computed once, so a reply's features need no names.
  private static let ruleHashes = Marker.allCases.map { hash(rule($0)) }
  private static let familyHashes = MarkerFamily.allCases.map { hash(family($0)) }
  private static let partHashes = IMessagePart.allCases.map { hash(part($0)) }
  static let asksHash = hash(asks)
  static let noRuleHash = hash(noRule)
  static let biasHash = hash(bias)
  // The cases once: `allCases` builds a new array at every use, and these are asked for every reply.
  private static let families = MarkerFamily.allCases
  private static let parts = IMessagePart.allCases
  static func ruleHash(_ marker: Marker) -> UInt64 { ruleHashes[Marker.inOrder.firstIndex(of: marker)!] }
  static func familyHash(_ family: MarkerFamily) -> UInt64 { familyHashes[families.firstIndex(of: family)!] }
  static func partHash(_ part: IMessagePart) -> UInt64 { partHashes[parts.firstIndex(of: part)!] }

  static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
  static let prime: UInt64 = 0x0000_0100_0000_01b3

  /// The hash of a whole name.
  static func hash(_ name: String) -> UInt64 {
    var hash = offset
    add(name.utf8, to: &hash)
    return hash
  }

  /// The hash of `prefix` + `word` (UTF-8 bytes), as `hash(prefix + word)`.
  static func hash(_ prefix: StaticString, _ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash = offset
    add(prefix, to: &hash)
    add(word, to: &hash)
    return hash
  }

  /// The hash of `prefix` + `first` + " " + `second`, as `hash(prefix + first + " " + second)`.
  static func hash(
    _ prefix: StaticString, _ first: UnsafeBufferPointer<UInt8>, _ second: UnsafeBufferPointer<UInt8>
  ) -> UInt64 {
    var hash = offset
    add(prefix, to: &hash)
    add(first, to: &hash)
    hash = (hash ^ 0x20) &* prime
    add(second, to: &hash)
    return hash
  }

  private static func add(_ bytes: some Sequence<UInt8>, to hash: inout UInt64) {
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* prime }
  }

  private static func add(_ text: StaticString, to hash: inout UInt64) {
    text.withUTF8Buffer { add($0, to: &hash) }
  }
}
