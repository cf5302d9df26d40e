# A span over several lines is marked up to the end of its first line.
x = 1
y = (x +
     None)
