import Foundation

/// Reads a marker model's data file (`feature|marker|weight` per line) from its UTF-8 bytes, without a String per
/// line: a feature's name is hashed as it is read (`FeatureKey`), and a weight like `-1.25` is read as digits.
/// The lines of one feature stand together in a file written by `MarkerModel.fileText`; a feature that comes back
/// later is still added to its first row. A feature's name is kept as its byte range in the file (`FeatureNames`).
struct MarkerModelFileReader {
  /// Per row the start and end offset of its feature's name in the bytes read.
  private var bounds: [Int32] = []
  private var rowOfKey = FeatureRows()
  private var rows: [Float] = []
  private let markerNames: [[UInt8]] = Marker.allCases.map { Array($0.rawValue.utf8) }
  /// The markers' names by length and first byte, so a line's marker is found with one or two comparisons.
  private let markerKeys: [Int] = Marker.allCases.map { Self.markerKey($0.rawValue.utf8.count, $0.rawValue.utf8.first) }

  private static func markerKey(_ length: Int, _ first: UInt8?) -> Int { length << 8 | Int(first ?? 0) }

  private static let newline = UInt8(ascii: "\n")
  private static let bar = UInt8(ascii: "|")

  /// The model in `bytes`, the UTF-8 bytes of `text`, or the first line that does not read.
  mutating func read(
    _ bytes: UnsafeBufferPointer<UInt8>, of text: String
  ) -> Result<MarkerModel, MarkerModelFileError> {
    rowOfKey = FeatureRows(minimumCapacity: bytes.count / 64)
    // About one feature per 72 bytes in the shipped file: rows of zeros for that many are laid out at once, and
    // doubled when they run out (`row`); the ones not used are dropped at the end.
    rows = Array(repeating: 0, count: (bytes.count / 64 + 1) * MarkerModel.width)
    bounds.reserveCapacity(bytes.count / 32)
    let width = MarkerModel.width
    var lastKey = 0..<0
    var lastRow = -1
    var start = 0
    var number = 0
    while start <= bytes.count {
      let end = Self.find(Self.newline, in: bytes, start..<bytes.count) ?? bytes.count
      number += 1
      defer { start = end + 1 }
      if end == start || bytes[start] == UInt8(ascii: "#") { continue }
      guard let (keyEnd, markerEnd) = Self.bars(bytes, start..<end),
        let column = column(bytes, keyEnd + 1..<markerEnd),
        let weight = Self.weight(bytes, markerEnd + 1..<end)
      else {
        return .failure(MarkerModelFileError(line: number, text: Self.string(bytes, start..<end)))
      }
      let key = start..<keyEnd
      if lastRow < 0 || !Self.equal(bytes, key, lastKey) {
        lastRow = row(bytes, key)
        lastKey = key
      }
      rows[lastRow * width + column] = weight
    }
    rows.removeLast(rows.count - bounds.count / 2 * width)
    let names = FeatureNames(text: text, bounds: bounds)
    return .success(MarkerModel(names: names, rowOfKey: rowOfKey, rows: rows))
  }

  /// The row of the feature named by `bytes[key]`, a new one when it has none yet.
  private mutating func row(_ bytes: UnsafeBufferPointer<UInt8>, _ key: Range<Int>) -> Int {
    var hash = FeatureKey.offset
    for byte in bytes[key] { hash = (hash ^ UInt64(byte)) &* FeatureKey.prime }
    if let known = rowOfKey[hash], Self.sameName(bytes, key, Int(bounds[known * 2])..<Int(bounds[known * 2 + 1])) {
      return known
    }
    let row = bounds.count / 2
    rowOfKey[hash] = row
    bounds.append(Int32(key.lowerBound))
    bounds.append(Int32(key.upperBound))
    if rows.count < (row + 1) * MarkerModel.width { rows += repeatElement(0, count: rows.count + MarkerModel.width) }
    return row
  }

  /// Whether the names at `first` and `second` are the same, as Strings compare (canonical equivalence).
  private static func sameName(_ bytes: UnsafeBufferPointer<UInt8>, _ first: Range<Int>, _ second: Range<Int>) -> Bool {
    equal(bytes, first, second) || string(bytes, first) == string(bytes, second)
  }

  /// Whether the bytes at `first` and `second` are the same.
  private static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ first: Range<Int>, _ second: Range<Int>) -> Bool {
    guard first.count == second.count else { return false }
    guard let base = bytes.baseAddress, !first.isEmpty else { return true }
    return memcmp(base + first.lowerBound, base + second.lowerBound, first.count) == 0
  }

  /// The first position of `byte` in `bytes[range]` (by `memchr`), or nil.
  private static func find(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
    guard let base = bytes.baseAddress, !range.isEmpty,
      let found = memchr(base + range.lowerBound, Int32(byte), range.count)
    else { return nil }
    return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
  }

  /// The positions of the line's two bars, or nil when it has not exactly two.
  private static func bars(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> (Int, Int)? {
    guard let first = find(bar, in: bytes, line), let second = find(bar, in: bytes, first + 1..<line.upperBound),
      find(bar, in: bytes, second + 1..<line.upperBound) == nil
    else { return nil }
    return (first, second)
  }

  /// The column of the marker named by `bytes[field]`.
  private func column(_ bytes: UnsafeBufferPointer<UInt8>, _ field: Range<Int>) -> Int? {
    let key = Self.markerKey(field.count, field.isEmpty ? nil : bytes[field.lowerBound])
    for column in markerKeys.indices where markerKeys[column] == key {
      // Same length (part of the key), so the name is compared byte for byte in one call.
      let same = markerNames[column].withUnsafeBufferPointer { name in
        memcmp(name.baseAddress!, bytes.baseAddress! + field.lowerBound, name.count) == 0
      }
      if same { return column }
    }
    // Not byte for byte: the name as Swift compares Strings (canonical equivalence), as `Marker(rawValue:)` does.
    guard let marker = Marker(rawValue: string(bytes, field)) else { return nil }
    return Marker.allCases.firstIndex(of: marker)
  }

  private func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
    Self.string(bytes, range)
  }

  private static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
  }

  /// Powers of ten that a Float holds exactly.
  private static let tens: [Float] = (0...10).map { power in (0..<power).reduce(1) { value, _ in value * 10 } }

  /// The number in `bytes[field]`: `-?digits(.digits)?` with at most 7 significant digits as the exact quotient
  /// of two Floats (so rounded once, as `Float(String)` rounds), anything else as `Float(String)` reads it.
  private static func weight(_ bytes: UnsafeBufferPointer<UInt8>, _ field: Range<Int>) -> Float? {
    var index = field.lowerBound
    let negative = index < field.upperBound && bytes[index] == UInt8(ascii: "-")
    if negative { index += 1 }
    var mantissa: UInt32 = 0
    var digits = 0
    var decimals = -1
    while index < field.upperBound {
      let byte = bytes[index]
      if byte == UInt8(ascii: "."), decimals < 0, digits > 0 {
        decimals = 0
      } else if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), mantissa < 1 << 20 {
        mantissa = mantissa * 10 + UInt32(byte - UInt8(ascii: "0"))
        digits += 1
        if decimals >= 0 { decimals += 1 }
      } else {
        return Float(string(bytes, field))
      }
      index += 1
    }
    guard digits > 0, decimals != 0, decimals <= 10 else { return Float(string(bytes, field)) }
    let value = Float(mantissa) / tens[max(decimals, 0)]
    return negative ? -value : value
  }
}
