extension MarkerModel {
  /// The model as its data file: a line per feature and marker, `feature|marker|weight`, sorted, so a retrained
  /// model shows in a diff as the weights that changed. Lines starting with `#` are comments.
  public var fileText: String {
    let markers = Marker.allCases
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
  /// naming its line number.
  public init(parsing text: String) throws(MarkerModelFileError) {
    let markers = Marker.allCases
    var weights: [String: [Float]] = [:]
    var number = 0
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      number += 1
      if line.isEmpty || line.hasPrefix("#") { continue }
      let fields = line.split(separator: "|", omittingEmptySubsequences: false)
      guard fields.count == 3, let marker = Marker(rawValue: String(fields[1])),
        let index = markers.firstIndex(of: marker), let weight = Float(fields[2])
      else {
        throw MarkerModelFileError(line: number, text: String(line))
      }
      weights[String(fields[0]), default: [Float](repeating: 0, count: markers.count)][index] = weight
    }
    self.init(weights: weights)
  }
}
