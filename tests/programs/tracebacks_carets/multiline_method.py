# A method call whose attribute spans lines is placed at the name.
text = "abc"
result = (text
          .upper()
          .missing(1))
