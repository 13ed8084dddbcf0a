//! Many short strings in one buffer: no heap object per applicant.

#[derive(Clone, Debug, Default, PartialEq)]
pub struct TextColumn {
    buf: String,
    ends: Vec<u32>,
}

impl TextColumn {
    pub(crate) fn with_capacity(rows: usize, bytes: usize) -> Self {
        Self {
            buf: String::with_capacity(bytes),
            ends: Vec::with_capacity(rows),
        }
    }

    pub fn push(&mut self, s: &str) {
        self.buf.push_str(s);
        // The buffer of a portfolio stays far below 4 GiB (about 40 bytes a row).
        self.ends
            .push(u32::try_from(self.buf.len()).unwrap_or(u32::MAX));
    }

    pub(crate) fn len(&self) -> usize {
        self.ends.len()
    }

    /// Gives back room reserved ahead that the rows did not fill.
    pub(crate) fn trim_capacity(&mut self) {
        crate::domain::portfolio::trim(&mut self.ends);
        if self.buf.capacity() > self.buf.len() + self.buf.len() / 4 + 1024 {
            self.buf.shrink_to_fit();
        }
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The string of row `i`, or "" past the end.
    pub fn get(&self, i: usize) -> &str {
        let Some(&end) = self.ends.get(i) else {
            return "";
        };
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        self.buf.get(start as usize..end as usize).unwrap_or("")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stores_and_returns_strings() {
        let mut c = TextColumn::default();
        c.push("王小明");
        c.push("");
        c.push("Li Na");
        assert_eq!(c.len(), 3);
        assert_eq!(c.get(0), "王小明");
        assert_eq!(c.get(1), "");
        assert_eq!(c.get(2), "Li Na");
        assert_eq!(c.get(3), "");
    }
}
