/// A small, fast, seedable random number generator (SplitMix64), so that every session can be replayed.
///
/// Its own bounded draw keeps replays identical across Swift versions, whose library algorithms may change.
public struct SeededGenerator: RandomNumberGenerator, Sendable, Equatable, Codable {
  public private(set) var state: UInt64

  public init(seed: UInt64) {
    state = seed
  }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A number in `0..<bound`, by rejection sampling, the same on every platform and Swift version.
  public mutating func next(below bound: Int) -> Int {
    precondition(bound > 0)
    let limit = UInt64(bound)
    let threshold = (0 &- limit) % limit
    while true {
      let value = next()
      if value >= threshold { return Int(value % limit) }
    }
  }
}
