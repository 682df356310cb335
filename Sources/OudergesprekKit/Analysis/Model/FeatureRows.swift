/// The row of each feature by the hash of its name (`FeatureKey`): an open-addressing table of two flat arrays,
/// so a reply's lookups hash nothing again (the key is already an FNV-1a hash) and touch no reference-counted
/// buckets, as a `[UInt64: Int]` would.
struct FeatureRows: Sendable {
  /// The keys, and per slot its row, or -1 when the slot is empty. The slot count is a power of two.
  private var keys: [UInt64]
  private var slots: [Int32]
  /// The number of keys in the table.
  private(set) var count = 0

  init(minimumCapacity: Int = 0) {
    var size = 16
    while size < minimumCapacity * 2 { size *= 2 }
    keys = Array(repeating: 0, count: size)
    slots = Array(repeating: -1, count: size)
  }

  /// The slot where `key` is, or the empty slot where it would go.
  private func slot(of key: UInt64) -> Int {
    let mask = slots.count - 1
    // Fold the high bits in: FNV-1a's low bits mix less than its high ones.
    var index = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
    while slots[index] >= 0, keys[index] != key { index = (index + 1) & mask }
    return index
  }

  /// The row of `key`, or nil when it has none; setting a row adds the key or replaces its row.
  subscript(key: UInt64) -> Int? {
    get {
      let index = slot(of: key)
      return slots[index] >= 0 ? Int(slots[index]) : nil
    }
    set {
      guard let row = newValue else { preconditionFailure("FeatureRows does not remove keys") }
      if (count + 1) * 2 > slots.count { grow() }
      let index = slot(of: key)
      if slots[index] < 0 { count += 1 }
      keys[index] = key
      slots[index] = Int32(row)
    }
  }

  private mutating func grow() {
    var larger = FeatureRows(minimumCapacity: slots.count)
    for index in slots.indices where slots[index] >= 0 { larger[keys[index]] = Int(slots[index]) }
    self = larger
  }
}
