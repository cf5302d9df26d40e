print(f"a{  }b")
