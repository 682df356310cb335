extension MarkerModel {
  /// The model as its data file: a line per feature and marker, `feature|marker|weight`, sorted, so a retrained
  /// model shows in a diff as the weights that changed. Lines starting with `#` are comments.
  public var fileText: String {
    let markers = Marker.allCases
    let weights = weights
    var lines: [String] = []
    for key in weights.keys.sorted() {
      guard let row = weights[key] else { continue }
      for (index, weight) in row.enumerated() where weight != 0 {
        lines.append("\(key)|\(markers[index].rawValue)|\(weight)")
      }
    }
    return lines.joined(separator: "\n")
  }

  /// Reads a data file written by `fileText`; a line that does not read (unknown marker, no number) is an error
  /// naming its line number. It reads the UTF-8 bytes as they are (`MarkerModelFileReader`), so the shipped
  /// model costs a process little at first use.
  public init(parsing text: String) throws(MarkerModelFileError) {
    var text = text
    text.makeContiguousUTF8()
    // The model keeps the text for its feature names (`FeatureNames`): the same bytes as those read.
    let names = text
    let read = text.withUTF8 { bytes in
      var reader = MarkerModelFileReader()
      return reader.read(bytes, of: names)
    }
    self = try read.get()
  }
}
