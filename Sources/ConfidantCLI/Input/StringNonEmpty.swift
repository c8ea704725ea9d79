extension String {
    /// nil for the empty string, for "x ?? default" in output.
    var nonEmpty: String? { isEmpty ? nil : self }
}
