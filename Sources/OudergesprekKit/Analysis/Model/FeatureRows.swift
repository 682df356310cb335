/// The row of each feature by the hash of its name (`FeatureKey`): an open-addressing table of one flat array,
/// so a reply's lookups hash nothing again (the key is already an FNV-1a hash) and touch no reference-counted
/// buckets, as a `[UInt64: Int]` would.
struct FeatureRows: Sendable {
  /// One slot: a key and its row, or row -1 when the slot is empty. Key and row share a slot (and so a cache
  /// line): a lookup of a reply's feature touches memory once. The slot count is a power of two.
  private struct Slot {
    var key: UInt64 = 0
    var row: Int32 = -1
  }
  private var slots: [Slot]
  /// The number of keys in the table.
  private(set) var count = 0

  init(minimumCapacity: Int = 0) {
    var size = 16
    while size < minimumCapacity * 2 { size *= 2 }
    slots = Array(repeating: Slot(), count: size)
  }

  /// The table of `keys` with their `rows` (as many, none negative; of a key given twice the last row counts),
  /// filled in one pass over a flat buffer: for a model read at start (`CompiledModel`).
  init(keys: [UInt64], rows: [Int32]) {
    self.init(minimumCapacity: keys.count)
    var table = slots
    var filled = 0
    let mask = table.count - 1
    table.withUnsafeMutableBufferPointer { slots in
      for (key, row) in zip(keys, rows) {
        var index = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
        while slots[index].row >= 0, slots[index].key != key { index = (index + 1) & mask }
        if slots[index].row < 0 { filled += 1 }
        slots[index] = Slot(key: key, row: row)
      }
    }
    slots = table
    count = filled
  }

  /// The slot where `key` is, or the empty slot where it would go.
  private func slot(of key: UInt64) -> Int {
    let mask = slots.count - 1
    // Fold the high bits in: FNV-1a's low bits mix less than its high ones.
    var index = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
    while slots[index].row >= 0, slots[index].key != key { index = (index + 1) & mask }
    return index
  }

  /// The row of `key`, or nil when it has none; setting a row adds the key or replaces its row.
  subscript(key: UInt64) -> Int? {
    get {
      let slot = slots[slot(of: key)]
      return slot.row >= 0 ? Int(slot.row) : nil
    }
    set {
      guard let row = newValue else { preconditionFailure("FeatureRows does not remove keys") }
      if (count + 1) * 2 > slots.count { grow() }
      let index = slot(of: key)
      if slots[index].row < 0 { count += 1 }
      slots[index] = Slot(key: key, row: Int32(row))
    }
  }

  /// The keys and their rows, by key (as `HashedIDs.sorted`, for `TableWriter.keyedValues`).
  var sorted: [(key: UInt64, value: Int32)] {
    slots.filter { $0.row >= 0 }.map { ($0.key, $0.row) }.sorted { $0.key < $1.key }
  }

  private mutating func grow() {
    var larger = FeatureRows(minimumCapacity: slots.count)
    for slot in slots where slot.row >= 0 { larger[slot.key] = Int(slot.row) }
    self = larger
  }
}
