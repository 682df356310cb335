/// The names of a model's features as byte ranges of one UTF-8 text (the data file a model was read from, or the
/// names joined), so reading the shipped model makes no String per feature; `subscript` builds one on demand.
struct FeatureNames: Sendable {
  private var text: String
  /// Per name its start and end offset in `text.utf8`, one pair after another.
  let bounds: [Int32]

  /// The names at `bounds` (start and end offsets into `text`'s UTF-8 bytes, a pair per name).
  init(text: String, bounds: [Int32]) {
    self.text = text
    self.bounds = bounds
  }

  /// The names as they are, joined into one text.
  init(_ names: [String]) {
    var text = ""
    var bounds: [Int32] = []
    bounds.reserveCapacity(names.count * 2)
    for name in names {
      bounds.append(Int32(text.utf8.count))
      text += name
      bounds.append(Int32(text.utf8.count))
    }
    self.init(text: text, bounds: bounds)
  }

  var count: Int { bounds.count / 2 }
  var isEmpty: Bool { bounds.isEmpty }

  subscript(index: Int) -> String {
    var text = text
    return text.withUTF8 { bytes in
      let range = Int(bounds[index * 2])..<Int(bounds[index * 2 + 1])
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
  }
}
