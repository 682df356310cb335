/// A map from 64-bit hashes (already mixed, like FNV-1a) to vocabulary ids, as an open-addressing table of two
/// flat arrays: a lookup hashes nothing again and touches no reference-counted bucket, as `[UInt64: Int32]` would.
struct HashedIDs: Sendable, Equatable {
  private var keys: [UInt64]
  /// Per slot its value, or `Int32.min` when the slot is empty. The slot count is a power of two.
  private var values: [Int32]
  private(set) var count = 0

  init(minimumCapacity: Int = 0) {
    var size = 16
    while size < minimumCapacity * 2 { size *= 2 }
    keys = Array(repeating: 0, count: size)
    values = Array(repeating: .min, count: size)
  }

  /// The table of `newKeys` with `newValues` (as many, none `Int32.min`; of a key given twice the last value
  /// counts), filled in one pass over flat buffers: for a table read at start (`HashedIDs+Tables`).
  init(keys newKeys: [UInt64], values newValues: [Int32]) {
    self.init(minimumCapacity: newKeys.count)
    var keyTable = keys
    var valueTable = values
    var filled = 0
    let mask = valueTable.count - 1
    keyTable.withUnsafeMutableBufferPointer { keySlots in
      valueTable.withUnsafeMutableBufferPointer { valueSlots in
        for (key, value) in zip(newKeys, newValues) {
          var index = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
          while valueSlots[index] != .min, keySlots[index] != key { index = (index + 1) & mask }
          if valueSlots[index] == .min { filled += 1 }
          keySlots[index] = key
          valueSlots[index] = value
        }
      }
    }
    keys = keyTable
    values = valueTable
    count = filled
  }

  private func slot(of key: UInt64) -> Int {
    let mask = values.count - 1
    var index = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
    while values[index] != .min, keys[index] != key { index = (index + 1) & mask }
    return index
  }

  /// The value of `key`, or nil; setting adds the key or replaces its value (`Int32.min` is no value).
  subscript(key: UInt64) -> Int32? {
    get {
      let value = values[slot(of: key)]
      return value == .min ? nil : value
    }
    set {
      guard let value = newValue, value != .min else { preconditionFailure("HashedIDs does not remove keys") }
      if (count + 1) * 2 > values.count { grow() }
      let index = slot(of: key)
      if values[index] == .min { count += 1 }
      keys[index] = key
      values[index] = value
    }
  }

  /// The keys and values, by key.
  var sorted: [(key: UInt64, value: Int32)] {
    values.indices.filter { values[$0] != .min }.map { (keys[$0], values[$0]) }.sorted { $0.key < $1.key }
  }

  private mutating func grow() {
    var larger = HashedIDs(minimumCapacity: values.count)
    for index in values.indices where values[index] != .min { larger[keys[index]] = values[index] }
    self = larger
  }

  /// The same keys with the same values, wherever they sit in the table.
  static func == (lhs: HashedIDs, rhs: HashedIDs) -> Bool {
    lhs.count == rhs.count && lhs.sorted.elementsEqual(rhs.sorted) { $0.key == $1.key && $0.value == $1.value }
  }
}
